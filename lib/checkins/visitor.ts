import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { resolvePosterToken } from '@/lib/posters/resolve';
import { type CheckinOutcome, recordCheckin } from './checkin';
import { type IdentityError, isKnownDistrict, nikDistrictCode, parseIdentity, visitorKey } from './identity';
import { getReceiptEvent } from './receipt';

export type VisitorError = IdentityError | 'paused' | 'busy';

export type VisitorResult =
  | { ok: true; outcome: CheckinOutcome }
  | { ok: false; error: VisitorError }
  | { ok: false; poster: 'unknown' | 'retired' | 'revoked' };

/** The public check-in: a poster token and what the visitor typed. */
export async function visitorCheckIn(db: Db, token: string, typed: string): Promise<VisitorResult> {
  const poster = await resolvePosterToken(db, token);
  if (poster.state !== 'valid') return { ok: false, poster: poster.state };
  const identity = parseIdentity(typed.slice(0, 40));
  if ('error' in identity) return { ok: false, error: identity.error };
  if (identity.kind === 'nik' && !(await isKnownDistrict(db, nikDistrictCode(identity.value)))) {
    return { ok: false, error: 'nik_region' };
  }
  return record(() =>
    recordCheckin(db, {
      point: { unit: poster.unit, service: poster.service, posterId: poster.poster.id },
      visitorKey: visitorKey(identity),
      kind: 'in',
      channel: 'qr',
    }),
  );
}

/** Check-out from the result page: the same visitor, point and status as the check-in. */
export async function visitorCheckOut(db: Db, token: string, eventId: number): Promise<VisitorResult> {
  const poster = await resolvePosterToken(db, token);
  if (poster.state !== 'valid') return { ok: false, poster: poster.state };
  const checkin = await getReceiptEvent(db, eventId);
  if (!checkin || checkin.posterId !== poster.poster.id || checkin.kind !== 'in' || !checkin.admitted) {
    throw new AppError('not_found', { message: 'Check-in tidak ditemukan.' });
  }
  return record(() =>
    recordCheckin(db, {
      point: { unit: poster.unit, service: poster.service, posterId: poster.poster.id },
      visitorKey: checkin.visitorKey,
      kind: 'out',
      channel: 'qr',
      status: checkin.status,
    }),
  );
}

async function record(run: () => Promise<CheckinOutcome>): Promise<VisitorResult> {
  try {
    return { ok: true, outcome: await run() };
  } catch (e) {
    if (e instanceof AppError && e.code === 'conflict') return { ok: false, error: 'paused' };
    if (e instanceof AppError && e.code === 'unavailable') return { ok: false, error: 'busy' };
    throw e;
  }
}
