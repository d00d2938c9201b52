import { and, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { AuthorizedUnit } from '@/lib/auth/authorized-unit';
import { checkinEvents, type Service } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { isOpenAt, localDayBounds } from '@/lib/services/hours';
import type { Status } from '@/lib/services/vocabulary';
import { admitsAtPoint, policyChain } from '@/lib/tenancy/entry-policy';
import { localDate } from '@/lib/time/local';
import { type Committed, checkinWriter, type PendingCheckin } from './ingest';
import type { CheckinChannel, CheckinKind } from './vocabulary';

/**
 * Where a check-in happens: a unit's door, or one of its services' counters. The unit was
 * authorised by the way in: the poster's token, the scanner's key, or the desk user's role.
 */
export type CheckinPoint = { unit: AuthorizedUnit; service: Service | null; posterId: number | null };

export type CheckinRequest = {
  point: CheckinPoint;
  visitorKey: string | null;
  /** What the visitor's phone shows of the identity, for the desk to compare. */
  visitorHint?: string | null;
  kind: CheckinKind;
  channel: CheckinChannel;
  /** Set by the desk from a printed certificate; otherwise asked of the status provider. */
  status?: Status;
  occurredAt?: Date;
  apiKeyId?: number | null;
  idempotencyKey?: string | null;
  requestHash?: string | null;
};

export type CheckinOutcome = Committed & { kind: CheckinKind };

/** A repeated scan of the same poster within this window returns the first check-in. */
export const RESCAN_WINDOW_MS = 5 * 60_000;

/** Who enters at this point at `at`: the unit's policy in force, narrowed by the service's own. */
export async function admitsOf(db: Db, point: CheckinPoint, at: Date): Promise<Status[]> {
  return admitsAtPoint(await policyChain({ db, unit: point.unit }), point.service, at);
}

/**
 * The rules that refuse whatever the visitor's status: a paused or closed service. An officer
 * checking a visitor in at the counter is the counter open, whatever the hours say.
 */
function gateOf(service: Service | null, zone: string, at: Date, channel: CheckinChannel): PendingCheckin['gate'] {
  if (!service) return null;
  if (service.pausedAt) return 'paused';
  return channel === 'desk' || isOpenAt(service.openingHours, zone, at) ? null : 'closed';
}

function quotaOf(point: CheckinPoint, at: Date): PendingCheckin['quota'] {
  const { service, unit } = point;
  if (!service || service.dailyCapacity === null) return null;
  const { start, end } = localDayBounds(at, unit.timeZone);
  return { unitId: unit.id, serviceId: service.id, limit: service.dailyCapacity, dayStart: start, dayEnd: end };
}

/** At a service that issues queue numbers, a check-in's number counts in the unit's local day. */
function queueOf({ service, unit }: CheckinPoint, kind: CheckinKind, at: Date) {
  if (kind !== 'in' || !service?.queueLetter) return {};
  return { queueLetter: service.queueLetter, queueDay: localDate(at, unit.timeZone) };
}

async function recentScan(db: Db, req: CheckinRequest, now: Date): Promise<CheckinOutcome | null> {
  if (!req.point.posterId || !req.visitorKey) return null;
  const [row] = await db
    .select({ id: checkinEvents.id, status: checkinEvents.status, admitted: checkinEvents.admitted, reason: checkinEvents.reason })
    .from(checkinEvents)
    .where(
      and(
        eq(checkinEvents.posterId, req.point.posterId),
        eq(checkinEvents.visitorKey, req.visitorKey),
        eq(checkinEvents.kind, req.kind),
        gt(checkinEvents.occurredAt, new Date(now.getTime() - RESCAN_WINDOW_MS)),
      ),
    )
    .orderBy(desc(checkinEvents.occurredAt))
    .limit(1);
  return row ? { ...row, duplicate: true, kind: req.kind } : null;
}

/**
 * Decides the door's rules at the scan's moment in the unit's zone and hands the scan to the
 * group-commit writer, which adds the status and the quota per batch. Refused scans are events
 * too, with their reason; only a deleted service takes no scans at all.
 */
export async function recordCheckin(db: Db, req: CheckinRequest): Promise<CheckinOutcome> {
  const { point } = req;
  if (point.service?.deletedAt) {
    throw new AppError('gone', { message: 'Layanan ini sudah dihapus.' });
  }
  const now = new Date();
  const at = req.occurredAt ?? now;
  if (req.channel === 'qr') {
    const again = await recentScan(db, req, now);
    // A refused visitor who comes back (the service opened, a typo fixed) is decided again.
    if (again && (again.admitted || req.kind === 'out')) return again;
  }
  const committed = await checkinWriter(db).submit({
    unitId: point.unit.id,
    serviceId: point.service?.id ?? null,
    posterId: point.posterId,
    kind: req.kind,
    status: req.status,
    admits: await admitsOf(db, point, at),
    gate: req.kind === 'in' ? gateOf(point.service, point.unit.timeZone, at, req.channel) : null,
    quota: req.kind === 'in' ? quotaOf(point, at) : null,
    channel: req.channel,
    visitorKey: req.visitorKey,
    visitorHint: req.visitorHint ?? null,
    occurredAt: at,
    apiKeyId: req.apiKeyId ?? null,
    idempotencyKey: req.idempotencyKey ?? null,
    requestHash: req.requestHash ?? null,
    ...queueOf(point, req.kind, at),
  });
  return { ...committed, kind: req.kind };
}
