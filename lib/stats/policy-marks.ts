import type { ReadCtx } from '@/lib/context';
import type { Status } from '@/lib/services/vocabulary';
import { policyAt, policyChain } from '@/lib/tenancy/entry-policy';
import { lineage } from '@/lib/tenancy/units';
import { localDate } from '@/lib/time/local';
import type { GroupRow, Grouping } from './grouped';
import type { DateRange } from './range';

/**
 * An entry policy that took effect within a chart's range: on the unit itself or inherited from
 * an ancestor. `date` is the local day (unit's zone) it took effect; `admits` who enters from then.
 */
export type PolicyMark = { date: string; name: string; unitName: string; own: boolean; admits: Status[] };

/** The unit's own and inherited policy changes in the range, oldest first. */
export async function policyMarks(ctx: ReadCtx, range: DateRange): Promise<PolicyMark[]> {
  const { unit } = ctx;
  const [chain, trail] = await Promise.all([policyChain(ctx), lineage(ctx)]);
  return chain.policies
    .filter((p) => p.effectiveFrom >= range.start && p.effectiveFrom < range.end)
    .map((p) => ({
      date: localDate(p.effectiveFrom, unit.timeZone),
      name: p.name,
      unitName: trail.find((u) => u.id === p.unitId)?.name ?? '',
      own: p.unitId === unit.id,
      admits: policyAt(chain, p.effectiveFrom).admits,
    }));
}

/** The key of the chart row a mark falls in: its day, the week starting that Monday, its month. */
export function markRowKey(mark: PolicyMark, rows: Pick<GroupRow, 'key' | 'first' | 'last'>[], grouping: Grouping): string | null {
  if (grouping === 'day') return rows.some((r) => r.key === mark.date) ? mark.date : null;
  if (grouping === 'month') return rows.some((r) => r.key === mark.date.slice(0, 7)) ? mark.date.slice(0, 7) : null;
  if (grouping === 'week') return rows.find((r) => r.first! <= mark.date && mark.date <= r.last!)?.key ?? null;
  return null;
}

/** The marks by chart row (its index), names on one row joined: what a chart draws. */
export function markedRows(marks: PolicyMark[], rows: Pick<GroupRow, 'key' | 'first' | 'last'>[], grouping: Grouping): { row: number; label: string }[] {
  const byRow = new Map<number, string[]>();
  for (const m of marks) {
    const key = markRowKey(m, rows, grouping);
    const row = key === null ? -1 : rows.findIndex((r) => r.key === key);
    if (row >= 0) byRow.set(row, [...(byRow.get(row) ?? []), m.name]);
  }
  return [...byRow].map(([row, names]) => ({ row, label: names.join(' · ') }));
}
