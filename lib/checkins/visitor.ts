import { and, asc, eq, gte } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DoorAuthority } from '@/lib/auth/authorized-unit';
import type { Ctx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { type CheckinEvent, checkinEvents } from '@/lib/db/schema';
import { AppError, isAppError } from '@/lib/errors';
import type { ResolvedPoster } from '@/lib/posters/resolve';
import { type CheckinOutcome, type CheckinPoint, recordCheckin } from './checkin';
import { type Identity, type IdentityError, isKnownDistrict, maskIdentity, nikDistrictCode, parseIdentity, visitorKey } from './identity';

export type DoorPoster = Extract<ResolvedPoster, { state: 'valid' }>;

/** What the door's wrapper hands on: the poster in use, whose token authorised its unit. */
export type DoorCtx = Ctx<DoorAuthority> & { poster: DoorPoster };

export type VisitorResult =
  | { ok: true; outcome: CheckinOutcome; identity: Identity }
  | { ok: false; error: IdentityError | 'busy' };

export const pointOf = ({ unit, poster }: DoorCtx): CheckinPoint => ({ unit, service: poster.service, posterId: poster.poster.id });

/**
 * The public check-in: what the visitor typed at a valid poster. `limit` is asked before any
 * identity is looked up: per address, per poster, and per identity once there is one, so nobody
 * reads other people's status at scale.
 */
export async function visitorCheckIn(
  ctx: DoorCtx,
  typed: string,
  limit: (identityKey: string | null) => Promise<void>,
): Promise<VisitorResult> {
  const { db } = ctx;
  const identity = parseIdentity(typed.slice(0, 40));
  if ('error' in identity) {
    await limit(null);
    return { ok: false, error: identity.error };
  }
  const key = visitorKey(identity);
  await limit(key);
  if (identity.kind === 'nik' && !(await isKnownDistrict(db, nikDistrictCode(identity.value)))) {
    return { ok: false, error: 'nik_region' };
  }
  return record(identity, () => recordCheckin(db, { point: pointOf(ctx), visitorKey: key, visitorHint: maskIdentity(identity), kind: 'in', channel: 'qr' }));
}

/** Check-out from the result page: the same visitor, point and status as the check-in. */
export async function visitorCheckOut(ctx: DoorCtx, checkin: CheckinEvent) {
  if (checkin.posterId !== ctx.poster.poster.id || checkin.kind !== 'in' || !checkin.admitted) {
    throw new AppError('not_found', { message: 'Check-in tidak ditemukan.' });
  }
  return recordCheckin(ctx.db, {
    point: pointOf(ctx),
    visitorKey: checkin.visitorKey,
    visitorHint: checkin.visitorHint,
    kind: 'out',
    channel: 'qr',
    status: checkin.status,
  });
}

async function record(identity: Identity, run: () => Promise<CheckinOutcome>): Promise<VisitorResult> {
  try {
    return { ok: true, outcome: await run(), identity };
  } catch (e) {
    if (isAppError(e) && e.code === 'unavailable') return { ok: false, error: 'busy' };
    throw e;
  }
}

const checkout = alias(checkinEvents, 'checkout');

/**
 * A receipt's event and, for a check-in, the check-out that followed it: Back after check-out
 * must show the check-out, not an active check-in. One query, by the poster-visitor index.
 */
export async function receiptWithCheckout(db: Db, eventId: number) {
  const [row] = await db
    .select({ event: checkinEvents, checkedOutAt: checkout.occurredAt })
    .from(checkinEvents)
    .leftJoin(
      checkout,
      and(
        eq(checkinEvents.kind, 'in'),
        eq(checkout.posterId, checkinEvents.posterId),
        eq(checkout.visitorKey, checkinEvents.visitorKey),
        eq(checkout.kind, 'out'),
        gte(checkout.occurredAt, checkinEvents.occurredAt),
      ),
    )
    .where(eq(checkinEvents.id, eventId))
    .orderBy(asc(checkout.occurredAt))
    .limit(1);
  return row ?? null;
}
