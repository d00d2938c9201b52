import type { ReadCtx } from '@/lib/context';
import type { EntryPolicy, Unit } from '@/lib/db/schema';
import type { Status } from '@/lib/services/vocabulary';
import { levelsAt, policyAt, readPolicyChain } from './entry-policy';
import { lineage } from './units';

type UnitLabel = Pick<Unit, 'id' | 'name' | 'kind'>;

/** One level's policy that takes part in the policy in force, with the unit that set it. */
export type PolicyLevel = { unit: UnitLabel; policy: EntryPolicy };

export type PolicyState = 'past' | 'in_force' | 'scheduled';

export type EntryPolicyView = {
  /** Who enters now, and the policies (root first) that make it; empty: the default. */
  inForce: { admits: Status[]; levels: PolicyLevel[] };
  /** The unit's own policies, newest first: past, the one in force, and scheduled ones. */
  own: { policy: EntryPolicy; state: PolicyState }[];
  /** Policies on the path that take effect later, oldest first (the unit's own included). */
  scheduled: PolicyLevel[];
};

/** What the posters page shows of a unit's entry policy, read past the check-in cache. */
export async function entryPolicyView(ctx: ReadCtx, now = new Date()): Promise<EntryPolicyView> {
  const { unit } = ctx;
  const [chain, trail] = await Promise.all([readPolicyChain(ctx), lineage(ctx)]);
  const unitOf = (id: number) => trail.find((u) => u.id === id) ?? { id, name: String(id), kind: unit.kind };
  const current = levelsAt(chain, now);
  const own = chain.policies
    .filter((p) => p.unitId === unit.id)
    .map((policy) => ({
      policy,
      state: (policy.effectiveFrom > now ? 'scheduled' : current.includes(policy) ? 'in_force' : 'past') as PolicyState,
    }))
    .reverse();
  return {
    inForce: { admits: policyAt(chain, now).admits, levels: current.map((policy) => ({ unit: unitOf(policy.unitId), policy })) },
    own,
    scheduled: chain.policies.filter((p) => p.effectiveFrom > now).map((policy) => ({ unit: unitOf(policy.unitId), policy })),
  };
}
