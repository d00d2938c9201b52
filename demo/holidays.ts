import { isNationalDayOff } from '@/lib/time/holidays';

/** Offices serve Senin–Jumat except on national holidays and cuti bersama; `day` is a local date YYYY-MM-DD. */
export function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isNationalDayOff(day);
}
