import { addDays } from '@/lib/time/local';
import { dateRange, type DateRange } from './range';

/** The data covers `day` when the first check-in came on or before it (`firstDay`, a local day). */
export const dataCovers = (firstDay: string | null, day: string): boolean =>
  firstDay !== null && firstDay <= day;

/** The period a range is compared with; `cut` when it is read only up to the point the range has reached. */
export type Comparison = DateRange & { cut: boolean };

/**
 * What a range may be compared with: the same number of days right before it, read only as far
 * into it as the range has run (today at 10.30 against yesterday until 10.30, not a whole day).
 * None when the data began after that period's first day (`firstDay`, the first local day with a
 * check-in): "naik 250%" against days nobody was counting says nothing.
 */
export function comparisonPeriod(
  range: DateRange,
  firstDay: string | null,
  now: Date,
  timeZone: string,
): Comparison | null {
  const previous = dateRange(addDays(range.first, -range.days), addDays(range.first, -1), timeZone);
  if (!dataCovers(firstDay, previous.first)) return null;
  const elapsed = Math.min(now.getTime(), range.end.getTime()) - range.start.getTime();
  if (elapsed <= 0) return null;
  const cut = elapsed < range.end.getTime() - range.start.getTime();
  return {
    ...previous,
    end: cut ? new Date(previous.start.getTime() + elapsed) : previous.end,
    cut,
  };
}
