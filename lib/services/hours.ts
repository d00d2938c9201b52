import type { OpeningHours } from '@/lib/db/schema';
import { addDays, localClock, localDate, startOfLocalDay } from '@/lib/time/local';

/** Opening hours of one day ("08:00"–"15:00") as minutes after local midnight. */
export type DayHours = { open: string; close: string };

/** "08:00" as minutes after midnight. */
export const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The hours of the local day containing `at` (null: closed all day). */
export function hoursOn(hours: OpeningHours, timeZone: string, at: Date): DayHours | null {
  return hours[localClock(at, timeZone).weekday - 1] ?? null;
}

/** Open from the opening minute up to, not including, the closing minute. */
export function isOpenAt(hours: OpeningHours, timeZone: string, at: Date): boolean {
  const today = hoursOn(hours, timeZone, at);
  if (!today) return false;
  const start = startOfLocalDay(localDate(at, timeZone), timeZone).getTime();
  const minute = Math.floor((at.getTime() - start) / 60_000);
  return minute >= minutes(today.open) && minute < minutes(today.close);
}

/** When the service opens next, at `at` or later, within a week (null: never open). */
export function nextOpening(hours: OpeningHours, timeZone: string, at: Date): Date | null {
  const today = localDate(at, timeZone);
  for (let d = 0; d <= 7; d++) {
    const date = addDays(today, d);
    const midnight = startOfLocalDay(date, timeZone);
    const day = hours[localClock(midnight, timeZone).weekday - 1];
    if (!day) continue;
    const opens = new Date(midnight.getTime() + minutes(day.open) * 60_000);
    if (opens >= at) return opens;
  }
  return null;
}

/** The local day's bounds of `at`: a daily quota counts within them. */
export function localDayBounds(at: Date, timeZone: string): { start: Date; end: Date } {
  const date = localDate(at, timeZone);
  return { start: startOfLocalDay(date, timeZone), end: startOfLocalDay(addDays(date, 1), timeZone) };
}
