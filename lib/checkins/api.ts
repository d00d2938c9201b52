import { createHash } from 'node:crypto';
import { z } from 'zod';
import { authorizeBelow, type ScannerAuthority } from '@/lib/auth/authorized-unit';
import type { Ctx } from '@/lib/context';
import { AppError, isAppError } from '@/lib/errors';
import { resolvePosterToken } from '@/lib/posters/resolve';
import { getServiceInUnit } from '@/lib/services/lookup';
import { type CheckinOutcome, type CheckinPoint, recordCheckin } from './checkin';
import { id } from '@/lib/i18n/id';
import { type IdentityError, isKnownDistrict, maskIdentity, nikDistrictCode, parseIdentity, visitorKey } from './identity';
import { type ApiCheckin, apiCheckin } from './api-schema';
import { cachedUnit } from './lookup-cache';
import { limitPoster } from './visitor-limits';

// Scanner developers read these messages too: zod's own words, in Bahasa Indonesia.
const indonesian = z.locales.id().localeError;

export type ApiResult =
  | {
      ok: true;
      created: boolean;
      id: number;
      status: CheckinOutcome['status'];
      admitted: boolean;
      reason: CheckinOutcome['reason'];
      queue_number: string | null;
    }
  | { ok: false; error: AppError };

/**
 * Where a scanner's check-in lands: its poster, or a unit (and service) under the key's unit.
 * The key authorises its own subtree, so each of those is authorised against the key's unit.
 */
async function pointOf({ db, unit: keyUnit }: ScannerCtx, c: ApiCheckin): Promise<CheckinPoint> {
  if (c.poster) {
    const poster = await resolvePosterToken(db, c.poster);
    if (poster.state === 'unknown') throw new AppError('not_found', { message: 'Poster tidak dikenal.' });
    if (poster.state !== 'valid') throw new AppError('gone', { message: 'Poster ini sudah tidak berlaku.' });
    const unit = authorizeBelow(keyUnit, poster.unit);
    if (!unit) throw new AppError('forbidden', { message: 'Poster ini milik unit lain.' });
    // Live scans count against the poster's limit, shared with the public page; a kiosk replaying
    // what it recorded offline (with occurred_at) may send its whole backlog at once.
    if (!c.occurred_at) await limitPoster(c.poster);
    return { unit, service: poster.service, posterId: poster.poster.id };
  }
  let unit = keyUnit;
  if (c.unit_id && c.unit_id !== keyUnit.id) {
    const below = authorizeBelow(keyUnit, await cachedUnit(db, c.unit_id));
    if (!below) throw new AppError('forbidden', { message: 'Unit ini di luar wilayah kunci API.' });
    unit = below;
  }
  const service = c.service_id ? await getServiceInUnit({ db, unit }, c.service_id) : null;
  return { unit, service, posterId: null };
}

function occurredAt(raw: string | undefined): Date | undefined {
  if (!raw) return undefined;
  const at = new Date(raw);
  const now = Date.now();
  // Kiosks that were offline send late, but not from the future nor from before the retention.
  if (at.getTime() > now + 5 * 60_000 || at.getTime() < now - 7 * 24 * 3600_000) {
    throw new AppError('invalid', { message: 'occurred_at harus dalam 7 hari terakhir.' });
  }
  return at;
}

// The same words the visitor's page uses; the code stays machine-readable in `fields`.
const identityError = (code: IdentityError) =>
  new AppError('invalid', { message: id.checkin.errors[code], fields: { identity: code } });

/**
 * What a retry must repeat: the parsed check-in without its key, with the identity as its
 * visitor key (a hash of a 16-digit NIK could be reversed by trying them all) and the moment
 * as an instant, so `+07:00` and `Z` spellings of one time are one request.
 */
function requestHash(c: ApiCheckin, key: string): string {
  const canonical = {
    kind: c.kind,
    poster: c.poster,
    unit_id: c.unit_id,
    service_id: c.service_id,
    occurred_at: c.occurred_at && new Date(c.occurred_at).toISOString(),
    visitor: key,
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** What the scanner API's wrapper hands on: the key that authorised its unit. */
export type ScannerCtx = Ctx<ScannerAuthority>;

export async function apiCheckIn(ctx: ScannerCtx, raw: unknown): Promise<ApiResult> {
  const { db } = ctx;
  try {
    const parsed = apiCheckin.safeParse(raw, { error: indonesian });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new AppError('invalid', { message: `${issue.path.join('.') || 'body'}: ${issue.message}` });
    }
    const c = parsed.data;
    const identity = parseIdentity(c.identity);
    if ('error' in identity) throw identityError(identity.error);
    if (identity.kind === 'nik' && !(await isKnownDistrict(db, nikDistrictCode(identity.value)))) {
      throw identityError('nik_region');
    }
    const visitor = visitorKey(identity);
    const hash = requestHash(c, visitor);
    const outcome = await recordCheckin(db, {
      point: await pointOf(ctx, c),
      visitorKey: visitor,
      visitorHint: maskIdentity(identity),
      kind: c.kind,
      channel: 'api',
      occurredAt: occurredAt(c.occurred_at),
      apiKeyId: ctx.actor.keyId,
      idempotencyKey: c.idempotency_key,
      requestHash: hash,
    });
    // As Stripe does: a key reused with another body is refused (nothing was written), so a
    // check-out is never lost behind a check-in, nor another visitor's status handed back.
    if (outcome.duplicate && outcome.firstRequestHash && outcome.firstRequestHash !== hash) {
      throw new AppError('idempotency_mismatch');
    }
    return {
      ok: true,
      created: !outcome.duplicate,
      id: outcome.id,
      status: outcome.status,
      admitted: outcome.admitted,
      reason: outcome.reason,
      queue_number: outcome.ticket ?? null,
    };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error };
    throw error;
  }
}
