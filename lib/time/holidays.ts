import Holidays from 'date-holidays';

/**
 * Indonesia's national public holidays (libur nasional), when government offices are closed:
 * the Islamic, Chinese, Balinese and Christian ones move every year, so a library computes
 * them. The regions' own days and the yearly cuti bersama decree are not in it.
 */
const indonesia = new Holidays('ID');
// One set per year: pure arithmetic on the calendar, the same in every instance.
const byYear = new Map<number, Set<string>>();

/** Whether a calendar day ('2026-12-25') is a national public holiday. */
export function isPublicHoliday(day: string): boolean {
  const year = Number(day.slice(0, 4));
  let days = byYear.get(year);
  if (!days) {
    days = new Set(
      indonesia
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    byYear.set(year, days);
  }
  return days.has(day);
}
