import { and, desc, eq, gte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '@/lib/auth/permissions';
import { recordCheckin } from '@/lib/checkins/checkin';
import type { Ctx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import { checkinEvents, posters, services } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { deskQueues } from '@/lib/queue/desk';
import { getServiceInUnit } from '@/lib/services/lookup';
import { statuses } from '@/lib/services/vocabulary';
import { localDate, startOfLocalDay } from '@/lib/time/local';
import { bodyId, parseInput } from '@/lib/validation';

const LOG_LIMIT = 200;

const midnightOf = (ctx: Ctx, now: Date) => startOfLocalDay(localDate(now, ctx.unit.timeZone), ctx.unit.timeZone);

/** Today's check-ins at the desk's own unit, newest first: no visitor data, only what happened where. */
export async function deskLog(ctx: Ctx, now = new Date()) {
  return ctx.db
    .select({
      id: checkinEvents.id,
      occurredAt: checkinEvents.occurredAt,
      kind: checkinEvents.kind,
      status: checkinEvents.status,
      admitted: checkinEvents.admitted,
      channel: checkinEvents.channel,
      service: services.name,
      poster: posters.label,
    })
    .from(checkinEvents)
    .leftJoin(services, eq(services.id, checkinEvents.serviceId))
    .leftJoin(posters, eq(posters.id, checkinEvents.posterId))
    .where(and(eq(checkinEvents.unitId, ctx.unit.id), gte(checkinEvents.occurredAt, midnightOf(ctx, now))))
    .orderBy(desc(checkinEvents.occurredAt), desc(checkinEvents.id))
    .limit(LOG_LIMIT);
}

export type ServiceLoad = { serviceId: number; name: string; capacity: number | null; checkins: number; admitted: number };

/** Today's check-ins per open service of the unit against its daily capacity (from the unit rollup). */
export async function deskLoad(ctx: Ctx, now = new Date()): Promise<ServiceLoad[]> {
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

/** What the desk screen shows, times already in the unit's zone (Indonesian 08.05), with today's queues. */
export async function deskBoard(ctx: Ctx, now = new Date()) {
  const [log, load, queues] = await Promise.all([deskLog(ctx, now), deskLoad(ctx, now), deskQueues(ctx, now)]);
  const clock = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', timeZone: ctx.unit.timeZone });
  return { log: log.map(({ occurredAt, ...e }) => ({ ...e, time: clock.format(occurredAt) })), load, queues };
}
