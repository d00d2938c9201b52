/**
 * Checked by the type checker (`npm run lint` runs tsc over the whole tree), never run: a unit
 * that no entry wrapper authorised must not reach a data function. Each `@ts-expect-error`
 * fails the check if the line below it ever compiles.
 */
import { expectTypeOf } from 'vitest';
import { liveMoment } from '@/lib/attention/activity';
import { attention } from '@/lib/attention/attention';
import type { AuthorizedUnit, DoorAuthority } from '@/lib/auth/authorized-unit';
import type { Actor } from '@/lib/auth/permissions';
import { apiCheckIn } from '@/lib/checkins/api';
import { recordCheckin } from '@/lib/checkins/checkin';
import { type Ctx, type ReadCtx, userCtx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import type { Unit } from '@/lib/db/schema';
import { createPoster, listPosters } from '@/lib/posters/posters';
import { createService } from '@/lib/services/services';
import { overview } from '@/lib/stats/dashboard';
import { groupedStats } from '@/lib/stats/grouped';
import type { DateRange } from '@/lib/stats/range';
import { policyChain } from '@/lib/tenancy/entry-policy';
import { children, getUnit, lineage } from '@/lib/tenancy/units';

declare const db: Db;
declare const actor: Actor;
declare const range: DateRange;

export async function plainUnits(id: number) {
  const unit: Unit = await getUnit(db, id);

  expectTypeOf<Unit>().not.toExtend<AuthorizedUnit>();
  expectTypeOf<AuthorizedUnit>().toExtend<Unit>();

  // @ts-expect-error a read: the unit was never authorised
  await listPosters({ db, actor, unit });
  // @ts-expect-error a read of the statistics
  await groupedStats({ db, actor, unit }, range, 'day');
  // @ts-expect-error the dashboard
  await overview({ db, unit }, range);
  // @ts-expect-error what needs attention below it
  await attention({ db, unit }, liveMoment(new Date(), unit.timeZone));
  // @ts-expect-error the tree around the unit
  await lineage({ db, unit });
  // @ts-expect-error its children
  await children({ db, unit });
  // @ts-expect-error the entry policy the door applies
  await policyChain({ db, unit });
  // @ts-expect-error a mutation
  await createService({ db, actor, unit }, {});
  // @ts-expect-error a check-in at the unit
  await recordCheckin(db, { point: { unit, service: null, posterId: null }, visitorKey: null, kind: 'in', channel: 'desk' });
  // @ts-expect-error the scanner API with a key it did not authenticate
  await apiCheckIn({ db, actor: { kind: 'api-key', keyId: 1 }, unit }, {});
}

export async function authorisedUnits(id: number) {
  const ctx: Ctx = userCtx(db, actor, 'services.manage', await getUnit(db, id));
  await listPosters(ctx);
  await groupedStats(ctx, range, 'day');
  await createService(ctx, {});

  // Reads take any authority; changes need a signed-in user, whom the audit log names.
  const door: Ctx<DoorAuthority> = { db, actor: { kind: 'poster', posterId: 1 }, unit: ctx.unit };
  expectTypeOf(door).toExtend<ReadCtx>();
  await policyChain(door);
  // @ts-expect-error a poster's token authorises a check-in, not a change to the unit
  await createPoster(door, { label: 'Pintu' });
}
