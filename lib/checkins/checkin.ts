import { and, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { checkinEvents, type Service, type Unit } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import type { Status } from '@/lib/services/vocabulary';
import { type Committed, checkinWriter } from './ingest';
import type { CheckinChannel, CheckinKind } from './vocabulary';

/** Where a check-in happens: a unit's door, or one of its services' counters. */
export type CheckinPoint = { unit: Unit; service: Service | null; posterId: number | null };

export type CheckinRequest = {
  point: CheckinPoint;
  visitorKey: string | null;
  kind: CheckinKind;
  channel: CheckinChannel;
  /** Set by the desk from a printed certificate; otherwise asked of the status provider. */
  status?: Status;
  occurredAt?: Date;
  apiKeyId?: number | null;
  idempotencyKey?: string | null;
};

export type CheckinOutcome = Committed & { kind: CheckinKind };

/** A repeated scan of the same poster within this window returns the first check-in. */
export const RESCAN_WINDOW_MS = 5 * 60_000;

export function admitsOf(point: CheckinPoint): Status[] {
  return point.service?.admits ?? point.unit.entryAdmits;
}

async function recentScan(db: Db, req: CheckinRequest, now: Date): Promise<CheckinOutcome | null> {
  if (!req.point.posterId || !req.visitorKey) return null;
  const [row] = await db
    .select({ id: checkinEvents.id, status: checkinEvents.status, admitted: checkinEvents.admitted })
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

/** Hands the scan to the group-commit writer, which decides status and admission per batch. */
export async function recordCheckin(db: Db, req: CheckinRequest): Promise<CheckinOutcome> {
  const { point } = req;
  if (point.service?.pausedAt || point.service?.deletedAt) {
    throw new AppError('conflict', { message: 'Layanan ini sedang tidak menerima pengunjung.' });
  }
  const now = new Date();
  if (req.channel === 'qr') {
    const again = await recentScan(db, req, now);
    if (again) return again;
  }
  const committed = await checkinWriter(db).submit({
    unitId: point.unit.id,
    serviceId: point.service?.id ?? null,
    posterId: point.posterId,
    kind: req.kind,
    status: req.status,
    admits: admitsOf(point),
    channel: req.channel,
    visitorKey: req.visitorKey,
    occurredAt: req.occurredAt ?? now,
    apiKeyId: req.apiKeyId ?? null,
    idempotencyKey: req.idempotencyKey ?? null,
  });
  return { ...committed, kind: req.kind };
}
