import { sql } from 'drizzle-orm';
import { inSubtree } from '@/lib/tenancy/units';
import type { ReadCtx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import type { DayRange } from '@/lib/skm/report';

export type QueueFigures = {
  serviceId: number;
  unitId: number;
  unit: string;
  service: string;
  letter: string;
  issued: number;
  served: number;
  /** Mean minutes from taking a number to its first call; null before any call. */
  meanWaitMinutes: number | null;
  /** Numbers served per hour of serving (first call to last served, summed over the days); null under a quarter of an hour. */
  servedPerHour: number | null;
};

type Row = Omit<QueueFigures, 'meanWaitMinutes' | 'servedPerHour'> & {
  called: number;
  waitSeconds: number;
  spanSeconds: number;
};

/** At most this many services, the busiest first: a small panel, not a report. */
const LIMIT = 12;
/** A rate per hour needs a quarter of an hour of serving to mean anything. */
const MIN_SPAN_SECONDS = 15 * 60;

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The queues of the unit's subtree over whole local days, per service, from the daily queue
 * rows (one per queueing service and day, so a regency's year is a few thousand rows).
 */
export async function queueSummary(
  { db, unit }: ReadCtx,
  range: DayRange,
): Promise<QueueFigures[]> {
  const rows = await queryRows<Row>(
    db,
    sql`SELECT d.service_id AS "serviceId", u.id AS "unitId", u.name AS unit, s.name AS service, coalesce(s.queue_letter, '') AS letter,
               sum(d.issued)::int AS issued, sum(d.served)::int AS served, sum(d.called)::int AS called,
               sum(d.wait_seconds)::float8 AS "waitSeconds",
               coalesce(sum(extract(epoch FROM d.last_served_at - d.first_called_at)) FILTER (WHERE d.last_served_at > d.first_called_at), 0)::float8 AS "spanSeconds"
        FROM queue_days d JOIN units u ON u.id = d.unit_id JOIN services s ON s.id = d.service_id
        WHERE ${inSubtree(unit, sql`u.path`)} AND d.day BETWEEN ${range.first}::date AND ${range.last}::date
        GROUP BY d.service_id, u.id, u.name, s.name, s.queue_letter
        ORDER BY issued DESC, u.name, s.name LIMIT ${LIMIT}`,
  );
  return rows.map(({ called, waitSeconds, spanSeconds, ...r }) => ({
    ...r,
    meanWaitMinutes: called > 0 ? round1(waitSeconds / called / 60) : null,
    servedPerHour:
      r.served > 0 && spanSeconds >= MIN_SPAN_SECONDS
        ? round1(r.served / (spanSeconds / 3600))
        : null,
  }));
}
