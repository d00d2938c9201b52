import type { GroupRow, Grouping } from './grouped';
import type { PolicyMark } from './policy-marks';

/*
 * Where a chart draws the policy marks: plain functions of the rows, apart from the query that
 * finds the marks, so that a chart drawn in the browser needs no database code.
 */

/** The key of the chart row a mark falls in: its day, the week starting that Monday, its month. */
export function markRowKey(
  mark: PolicyMark,
  rows: Pick<GroupRow, 'key' | 'first' | 'last'>[],
  grouping: Grouping,
): string | null {
  if (grouping === 'day') return rows.some((r) => r.key === mark.date) ? mark.date : null;
  if (grouping === 'month')
    return rows.some((r) => r.key === mark.date.slice(0, 7)) ? mark.date.slice(0, 7) : null;
  if (grouping === 'week')
    return rows.find((r) => r.first! <= mark.date && mark.date <= r.last!)?.key ?? null;
  return null;
}

/** The marks by chart row (its index), names on one row joined: what a chart draws. */
export function markedRows(
  marks: PolicyMark[],
  rows: Pick<GroupRow, 'key' | 'first' | 'last'>[],
  grouping: Grouping,
): { row: number; label: string }[] {
  const byRow = new Map<number, string[]>();
  for (const m of marks) {
    const key = markRowKey(m, rows, grouping);
    const row = key === null ? -1 : rows.findIndex((r) => r.key === key);
    if (row >= 0) byRow.set(row, [...(byRow.get(row) ?? []), m.name]);
  }
  return [...byRow].map(([row, names]) => ({ row, label: names.join(' · ') }));
}
