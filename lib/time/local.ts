/**
 * Calendar days and hours in a unit's own zone (WIB, WITA, WIT), never the server's. Indonesia
 * has no daylight saving, so one offset holds for a whole day.
 */

// One formatter per zone: making one costs far more than asking it (the door asks per scan).
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in milliseconds ("GMT+07:00" read off a formatter). */
export function offsetMs(at: Date, timeZone: string): number {
  let f = offsetFormats.get(timeZone);
  if (!f) offsetFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
}

/** Midnight of a calendar day ('2026-11-22') in the zone, as an instant. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  return new Date(guess.getTime() - offsetMs(guess, timeZone));
}

/** The calendar day ('2026-11-22') of an instant in the zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Date(at.getTime() + offsetMs(at, timeZone)).toISOString().slice(0, 10);
}

/** Hour of the day (0–23) and ISO weekday (1 Monday … 7 Sunday) of an instant in the zone. */
export function localClock(at: Date, timeZone: string): { hour: number; weekday: number } {
  const shifted = new Date(at.getTime() + offsetMs(at, timeZone));
  return { hour: shifted.getUTCHours(), weekday: shifted.getUTCDay() || 7 };
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
