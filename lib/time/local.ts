/**
 * Calendar days and hours in a unit's own zone (WIB, WITA, WIT), never the server's. Indonesia
 * has no daylight saving, so one offset holds for a whole day.
 */

/** The zone's offset from UTC at an instant, in milliseconds. */
export function offsetMs(at: Date, timeZone: string): number {
  const local = new Date(at.toLocaleString('en-US', { timeZone }));
  const utc = new Date(at.toLocaleString('en-US', { timeZone: 'UTC' }));
  return local.getTime() - utc.getTime();
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
