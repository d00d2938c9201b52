import { asc, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from '@/lib/audit/log';
import { can } from '@/lib/auth/permissions';
import { announceChange, onChange } from '@/lib/cache/changes';
import { LookupCache } from '@/lib/cache/lookup';
import type { Ctx, ReadCtx } from '@/lib/context';
import { type EntryPolicy, entryPolicies } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import type { Status } from '@/lib/services/vocabulary';
import { localDate, startOfLocalDay } from '@/lib/time/local';
import { displayText } from '@/lib/validation-text';
import { calendarDay, parseInput } from '@/lib/validation';
import { pathIds } from './units';

/** Without any policy on the way up the tree, a door admits the first dose and up. */
export const DEFAULT_ADMITS: readonly Status[] = ['hijau', 'kuning'];

/** Every policy on a unit's path (its ancestors' and its own), oldest first. */
export type PolicyChain = { unitIds: number[]; policies: EntryPolicy[] };

export type PolicyInForce = { admits: Status[]; names: string[] };

const chains = new LookupCache<number, PolicyChain>('entry-policies', 5_000);

export function policyChain(ctx: ReadCtx): Promise<PolicyChain> {
  return chains.get(ctx.db, ctx.unit.id, () => readPolicyChain(ctx));
}

/** The chain read now, past this process's cache: for what is printed or shown to an admin. */
export async function readPolicyChain({ db, unit }: ReadCtx): Promise<PolicyChain> {
  const unitIds = pathIds(unit.path);
  const policies = await db
    .select()
    .from(entryPolicies)
    .where(inArray(entryPolicies.unitId, unitIds))
    .orderBy(asc(entryPolicies.effectiveFrom), asc(entryPolicies.id));
  return { unitIds, policies };
}

/** On each level of the path the latest policy that had taken effect at `at`, root first. */
export function levelsAt(chain: PolicyChain, at: Date): EntryPolicy[] {
  return chain.unitIds.flatMap((unitId) => {
    const own = chain.policies.filter((p) => p.unitId === unitId && p.effectiveFrom <= at).at(-1);
    return own ? [own] : [];
  });
}

/** What the levels that have a policy admit together at `at`; null where none has one. */
function combinedAt(chain: PolicyChain, at: Date): PolicyInForce | null {
  const levels = levelsAt(chain, at);
  if (levels.length === 0) return null;
  const admits = levels.reduce<Status[]>((all, p) => all.filter((s) => p.admits.includes(s)), [...levels[0]!.admits]);
  return { admits, names: levels.map((p) => p.name) };
}

/**
 * The policy at an instant: on each level the latest policy that had taken effect, and what all
 * levels admit together (a child can only narrow its ancestors); the default where no level
 * has one. Hitam never enters.
 */
export function policyAt(chain: PolicyChain, at: Date): PolicyInForce {
  const { admits, names } = combinedAt(chain, at) ?? { admits: [...DEFAULT_ADMITS], names: [] };
  return { admits: admits.filter((s) => s !== 'hitam'), names };
}

/** Who enters at a door or a service's counter at `at`: the policy in force, narrowed by the service's own. */
export function admitsAtPoint(chain: PolicyChain, service: { admits: Status[] } | null, at: Date): Status[] {
  const { admits } = policyAt(chain, at);
  return service ? admits.filter((s) => service.admits.includes(s)) : admits;
}

const policyInput = z.object({
  name: displayText('Nama atau dasar kebijakan', 200),
  admits: z
    .array(z.enum(['hijau', 'kuning', 'merah', 'tidak_tercatat']))
    .max(4)
    .min(1, 'Pilih paling sedikit satu status yang boleh masuk.'),
  effectiveDate: z
    .string({ error: 'Tanggal mulai berlaku harus berupa tanggal (TTTT-BB-HH).' })
    .pipe(calendarDay),
});

/** What the unit's ancestors admit at every moment from `from` on. */
function inheritedFrom(chain: PolicyChain, from: Date): Status[] {
  const ancestors = { unitIds: chain.unitIds.slice(0, -1), policies: chain.policies };
  const moments = [from, ...chain.policies.filter((p) => p.effectiveFrom > from).map((p) => p.effectiveFrom)];
  return moments.reduce<Status[]>((allowed, at) => {
    const inherited = combinedAt(ancestors, at);
    return inherited ? allowed.filter((s) => inherited.admits.includes(s)) : allowed;
  }, ['hijau', 'kuning', 'merah', 'tidak_tercatat']);
}

/**
 * A new policy for the unit from a local midnight on ("SE 440/1395/SET.COVID-19 — minimal dosis
 * pertama", from 9 September 2021). It may only be as strict as what the unit inherits, or
 * stricter; it starts today at the earliest, since past scans were decided by the policy then.
 */
export async function addEntryPolicy(ctx: Ctx, input: unknown): Promise<EntryPolicy> {
  if (!can(ctx.actor, 'posters.manage', ctx.unit)) throw new AppError('forbidden');
  const { name, admits, effectiveDate } = parseInput(policyInput, input);
  const zone = ctx.unit.timeZone;
  if (effectiveDate < localDate(new Date(), zone)) {
    throw new AppError('invalid', {
      message: 'Tanggal mulai berlaku tidak boleh sebelum hari ini.',
      fields: { effectiveDate: 'Tanggal mulai berlaku tidak boleh sebelum hari ini.' },
    });
  }
  const effectiveFrom = startOfLocalDay(effectiveDate, zone);
  chains.forget(ctx.db, ctx.unit.id);
  const allowed = inheritedFrom(await policyChain(ctx), effectiveFrom);
  const looser = admits.filter((s) => !allowed.includes(s));
  if (looser.length > 0) {
    const names = looser.map((st) => st.replace('_', ' ')).join(', ');
    const message = `Kebijakan unit induk tidak menerima ${names}: unit ini hanya boleh lebih ketat.`;
    throw new AppError('invalid', { message, fields: { admits: message } });
  }
  const policy = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(entryPolicies)
      .values({ unitId: ctx.unit.id, name, admits, effectiveFrom, createdBy: ctx.actor.id })
      .returning();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      unitId: ctx.unit.id,
      action: 'unit.entry_policy',
      targetType: 'unit',
      targetId: ctx.unit.id,
      after: { name, admits, effectiveDate },
    });
    return row!;
  });
  // After the commit: every unit below, on every instance, may have cached the chain it inherits.
  await announceChange(ctx.db, 'policies');
  return policy;
}

onChange('policies', () => chains.clear());
