import type { ReadCtx } from '@/lib/context';
import type { Status } from '@/lib/services/vocabulary';
import { policyAt, policyChain } from '@/lib/tenancy/entry-policy';
import { lineage } from '@/lib/tenancy/units';
import { localDate } from '@/lib/time/local';
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
