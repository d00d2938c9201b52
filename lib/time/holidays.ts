import Holidays from 'date-holidays';

/**
 * The days Indonesia's government offices close besides weekends: national holidays and cuti
 * bersama (joint leave). Each year's joint decree of three ministers (SKB) sets them, and the
 * Islamic dates follow the government's sighting, which a calendar can miss by a day: the
 * decree's list wins for the years it is known; other years fall back to the holidays that
 * `date-holidays` computes (no cuti bersama; a region's own days are in neither).
 */
// prettier-ignore
const decreed: Record<number, ReadonlySet<string>> = Object.fromEntries(
  Object.entries({
    2025: [
      '2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-03-28', '2025-03-29', '2025-03-31',
      '2025-04-01', '2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07', '2025-04-18', '2025-05-01',
      '2025-05-12', '2025-05-13', '2025-05-29', '2025-05-30', '2025-06-01', '2025-06-06', '2025-06-09',
      '2025-06-27', '2025-08-17', '2025-08-18', '2025-09-05', '2025-12-25', '2025-12-26',
    ],
    2026: [
      '2026-01-01', '2026-01-16', '2026-02-16', '2026-02-17', '2026-03-18', '2026-03-19', '2026-03-20',
      '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24', '2026-04-03', '2026-05-01', '2026-05-14',
      '2026-05-15', '2026-05-27', '2026-05-28', '2026-05-31', '2026-06-01', '2026-06-16', '2026-08-17',
      '2026-08-25', '2026-12-24', '2026-12-25',
    ],
  }).map(([year, days]) => [year, new Set(days)]),
);

const computed = new Holidays('ID');
// Pure calendar arithmetic, the same in every instance: one set per year.
const computedByYear = new Map<number, Set<string>>();

function daysOff(year: number): ReadonlySet<string> {
  const known = decreed[year];
  if (known) return known;
  let days = computedByYear.get(year);
  if (!days) {
    days = new Set(
      computed
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    computedByYear.set(year, days);
  }
  return days;
}

/** Whether government offices close on a calendar day ('2026-12-25') for a national holiday or cuti bersama. */
export function isNationalDayOff(day: string): boolean {
  return daysOff(Number(day.slice(0, 4))).has(day);
}
