import { and, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '@/lib/auth/permissions';
import { recordCheckin } from '@/lib/checkins/checkin';
import { receiptCode } from '@/lib/checkins/receipt';
import type { Ctx, ReadCtx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import { checkinEvents, posters, services } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { formatTime } from '@/lib/i18n/format';
import { deskQueues } from '@/lib/queue/desk';
import { getServiceInUnit } from '@/lib/services/lookup';
import { statuses } from '@/lib/services/vocabulary';
import { localDate, startOfLocalDay } from '@/lib/time/local';
import { bodyId, parseInput } from '@/lib/validation';

/** Rows per page of the desk's log. */
export const LOG_PAGE = 25;

const midnightOf = (ctx: ReadCtx, now: Date) => startOfLocalDay(localDate(now, ctx.unit.timeZone), ctx.unit.timeZone);

/**
 * The log's filters from a query string: what was decided (admitted, refused, a check-out), at
 * which service ('entrance' for the door), which page. A malformed value is ignored, as the
 * audit page does: the officer sees the whole log rather than an error.
 */
export const deskLogQuery = z.object({
  outcome: z.enum(['admitted', 'refused', 'out']).optional().catch(undefined),
  service: z
    .union([z.literal('entrance'), z.coerce.number().int().min(1).max(2_147_483_647)])
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type DeskLogQuery = z.infer<typeof deskLogQuery>;

function logFilter(ctx: ReadCtx, query: DeskLogQuery, now: Date) {
  return and(
    eq(checkinEvents.unitId, ctx.unit.id),
    gte(checkinEvents.occurredAt, midnightOf(ctx, now)),
    query.outcome === 'out' ? eq(checkinEvents.kind, 'out') : undefined,
    query.outcome === 'admitted' ? and(eq(checkinEvents.kind, 'in'), eq(checkinEvents.admitted, true)) : undefined,
    query.outcome === 'refused' ? and(eq(checkinEvents.kind, 'in'), eq(checkinEvents.admitted, false)) : undefined,
    query.service === 'entrance' ? isNull(checkinEvents.serviceId) : undefined,
    typeof query.service === 'number' ? eq(checkinEvents.serviceId, query.service) : undefined,
  );
}

/**
 * One page of today's scans at the desk's own unit, newest first, with the masked identity the
 * visitor's phone shows: enough to match the phone at the counter, nothing more.
 */
export async function deskLog(ctx: ReadCtx, query: DeskLogQuery, now = new Date()) {
  const where = logFilter(ctx, query, now);
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select({
        id: checkinEvents.id,
        occurredAt: checkinEvents.occurredAt,
        kind: checkinEvents.kind,
        status: checkinEvents.status,
        admitted: checkinEvents.admitted,
        reason: checkinEvents.reason,
        channel: checkinEvents.channel,
        visitorHint: checkinEvents.visitorHint,
        service: services.name,
        poster: posters.label,
      })
      .from(checkinEvents)
      .leftJoin(services, eq(services.id, checkinEvents.serviceId))
      .leftJoin(posters, eq(posters.id, checkinEvents.posterId))
      .where(where)
      .orderBy(desc(checkinEvents.occurredAt), desc(checkinEvents.id))
      .limit(LOG_PAGE)
      .offset((query.page - 1) * LOG_PAGE),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(checkinEvents).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export type ServiceLoad = { serviceId: number; name: string; capacity: number | null; checkins: number; admitted: number };

/** Today's check-ins per open service of the unit against its daily capacity (from the unit rollup). */
export async function deskLoad(ctx: ReadCtx, now = new Date()): Promise<ServiceLoad[]> {
  return queryRows<ServiceLoad>(
    ctx.db,
    sql`SELECT s.id AS "serviceId", s.name, s.daily_capacity AS capacity,
               coalesce(sum(r.n), 0)::int AS checkins, coalesce(sum(r.n) FILTER (WHERE r.admitted), 0)::int AS admitted
        FROM services s
        LEFT JOIN rollup_unit_hour r ON r.unit_id = s.unit_id AND r.service_id = s.id AND r.kind = 'in'
             AND r.hour >= ${midnightOf(ctx, now).toISOString()}::timestamptz
        WHERE s.unit_id = ${ctx.unit.id} AND s.deleted_at IS NULL
        GROUP BY s.id ORDER BY s.name`,
  );
}

export const manualCheckinInput = z.object({
  serviceId: bodyId.nullable().default(null),
  status: z.enum(statuses, { error: 'Pilih status pada sertifikat pengunjung.' }),
});

/**
 * A visitor without a phone: the officer records the status on their printed certificate.
 * Nothing identifies the visitor, so the event has no visitor key.
 */
export async function manualCheckin(ctx: Ctx, input: unknown) {
  if (!can(ctx.actor, 'desk.use', ctx.unit)) throw new AppError('forbidden');
  const { serviceId, status } = parseInput(manualCheckinInput, input);
  const service = serviceId ? await getServiceInUnit(ctx, serviceId) : null;
  return recordCheckin(ctx.db, {
    point: { unit: ctx.unit, service, posterId: null },
    visitorKey: null,
    kind: 'in',
    channel: 'desk',
    status,
  });
}

/**
 * What the desk screen shows: today's load and queues, and one page of the log with times in
 * the unit's zone (08.05) and, for a scan from a phone, the receipt code that phone shows.
 */
export async function deskBoard(ctx: ReadCtx, query: DeskLogQuery, locale: 'id' | 'en' = 'id', now = new Date()) {
  const [log, load, queues] = await Promise.all([deskLog(ctx, query, now), deskLoad(ctx, now), deskQueues(ctx, now)]);
  return {
    log: {
      rows: log.rows.map(({ occurredAt, ...e }) => ({
        ...e,
        time: formatTime(occurredAt, ctx.unit.timeZone, locale),
        code: e.channel === 'qr' ? receiptCode(e.id) : null,
      })),
      page: query.page,
      pages: Math.max(1, Math.ceil(log.total / LOG_PAGE)),
      total: log.total,
    },
    load,
    queues,
  };
}
