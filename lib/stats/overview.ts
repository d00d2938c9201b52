import { sql } from 'drizzle-orm';
import type { ReadCtx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import type { Status } from '@/lib/services/vocabulary';
import { addDays, localDate, startOfLocalDay } from '@/lib/time/local';
import { AREA_DEPTH, subtreeFacts } from './facts';
import type { DateRange } from './range';

/**
 * The overview's figures for a unit's whole subtree, all from the hourly rollups. Every
 * function takes the unit the caller has already been authorised for: the scope is its path.
 */

export type StatusCounts = Record<Status, number>;
const noStatuses = (): StatusCounts => ({ hijau: 0, kuning: 0, merah: 0, hitam: 0, tidak_tercatat: 0 });

export type Counters = { checkins: number; admitted: number; notAdmitted: number; inside: number };
export type LiveCounters = { today: Counters; lastWeek: Counters };

const WEEK_MS = 7 * 86_400_000;

async function countersBetween(ctx: ReadCtx, start: Date, end: Date): Promise<Counters> {
  const { db, unit } = ctx;
  const [row] = await queryRows<{ checkins: number; admitted: number; outs: number }>(
    db,
    sql`SELECT coalesce(sum(n) FILTER (WHERE kind = 'in'), 0)::int AS checkins,
               coalesce(sum(n) FILTER (WHERE kind = 'in' AND admitted), 0)::int AS admitted,
               coalesce(sum(n) FILTER (WHERE kind = 'out'), 0)::int AS outs
        FROM (${subtreeFacts(unit, start, end)}) f`,
  );
  const { checkins = 0, admitted = 0, outs = 0 } = row ?? {};
  return { checkins, admitted, notAdmitted: checkins - admitted, inside: Math.max(0, admitted - outs) };
}

/**
 * Today so far against the same weekday last week up to the same hour (whole hours: the
 * rollups' grain), so a morning is compared with a morning.
 */
export async function liveCounters(ctx: ReadCtx, now = new Date()): Promise<LiveCounters> {
  const { unit } = ctx;
  const today = localDate(now, unit.timeZone);
  const midnight = startOfLocalDay(today, unit.timeZone);
  const [counters, lastWeek] = await Promise.all([
    countersBetween(ctx, midnight, startOfLocalDay(addDays(today, 1), unit.timeZone)),
    countersBetween(ctx, new Date(midnight.getTime() - WEEK_MS), new Date(now.getTime() - WEEK_MS + 1)),
  ]);
  return { today: counters, lastWeek };
}

export type HourRow = { hour: number; byStatus: StatusCounts; total: number; lastWeek: number };

/** Check-ins per local hour today, by status, beside the same weekday last week. */
export async function hourlyToday(ctx: ReadCtx, now = new Date()): Promise<HourRow[]> {
  const { db, unit } = ctx;
  const tz = unit.timeZone;
  const today = localDate(now, tz);
  const midnight = startOfLocalDay(today, tz);
  const tomorrow = startOfLocalDay(addDays(today, 1), tz);
  const rows = await queryRows<{ hour: number; current: boolean; status: Status; n: number }>(
    db,
    sql`SELECT extract(hour FROM hour AT TIME ZONE ${tz})::int AS hour, current, status, sum(n)::int AS n
        FROM (SELECT *, true AS current FROM (${subtreeFacts(unit, midnight, tomorrow)}) t
              UNION ALL
              SELECT *, false FROM (${subtreeFacts(unit, new Date(midnight.getTime() - WEEK_MS), new Date(tomorrow.getTime() - WEEK_MS))}) w) f
        WHERE kind = 'in' GROUP BY 1, 2, 3`,
  );
  const hours: HourRow[] = Array.from({ length: 24 }, (_, hour) => ({ hour, byStatus: noStatuses(), total: 0, lastWeek: 0 }));
  for (const r of rows) {
    const h = hours[r.hour]!;
    if (r.current) {
      h.byStatus[r.status] += r.n;
      h.total += r.n;
    } else h.lastWeek += r.n;
  }
  return hours;
}

export type DayRow = { date: string; byStatus: StatusCounts; total: number; admitted: number };

/** Check-ins per local day of the range, by status; days without any are listed with zeros. */
export async function daily(ctx: ReadCtx, range: DateRange): Promise<DayRow[]> {
  const { db, unit } = ctx;
  const rows = await queryRows<{ date: string; status: Status; admitted: boolean; n: number }>(
    db,
    sql`SELECT to_char(hour AT TIME ZONE ${unit.timeZone}, 'YYYY-MM-DD') AS date, status, admitted, sum(n)::int AS n
        FROM (${subtreeFacts(unit, range.start, range.end)}) f
        WHERE kind = 'in' GROUP BY 1, 2, 3`,
  );
  const days = new Map<string, DayRow>();
  // Counted, not compared as strings: the range's length is bounded (MAX_DAYS), its dates' text is not.
  for (let i = 0; i < range.days; i++) {
    const d = addDays(range.first, i);
    days.set(d, { date: d, byStatus: noStatuses(), total: 0, admitted: 0 });
  }
  for (const r of rows) {
    const day = days.get(r.date);
    if (!day) continue;
    day.byStatus[r.status] += r.n;
    day.total += r.n;
    if (r.admitted) day.admitted += r.n;
  }
  return [...days.values()];
}

export type ServiceRow = { key: string; label: string | null; kind: 'service' | 'category' | 'entrance'; checkins: number; admitted: number };

/**
 * Check-ins by service. A unit that keeps area rollups has too many services below it to
 * list: its rows are by service category instead. Deleted services still count.
 */
export async function byService(ctx: ReadCtx, range: DateRange): Promise<ServiceRow[]> {
  const { db, unit } = ctx;
  const rows = await queryRows<{ grp: string; checkins: number; admitted: number; name: string | null }>(
    db,
    sql`SELECT f.grp, sum(f.n)::int AS checkins, coalesce(sum(f.n) FILTER (WHERE f.admitted), 0)::int AS admitted,
               ${unit.depth <= AREA_DEPTH ? sql`NULL::text` : sql`(SELECT s.name FROM services s WHERE s.id::text = f.grp)`} AS name
        FROM (${subtreeFacts(unit, range.start, range.end)}) f
        WHERE f.kind = 'in' GROUP BY f.grp ORDER BY checkins DESC, f.grp`,
  );
  return rows.map((r) => ({
    key: r.grp,
    label: r.name,
    kind: r.grp === '' || r.grp === '0' ? 'entrance' : unit.depth <= AREA_DEPTH ? 'category' : 'service',
    checkins: r.checkins,
    admitted: r.admitted,
  }));
}

export type HeatCell = { weekday: number; hour: number; checkins: number };

/** Busy times: check-ins by local weekday (1 Monday … 7 Sunday) and hour over the range. */
export async function heatmap(ctx: ReadCtx, range: DateRange): Promise<HeatCell[]> {
  const { db, unit } = ctx;
  return queryRows<HeatCell>(
    db,
    sql`SELECT extract(isodow FROM hour AT TIME ZONE ${unit.timeZone})::int AS weekday,
               extract(hour FROM hour AT TIME ZONE ${unit.timeZone})::int AS hour, sum(n)::int AS checkins
        FROM (${subtreeFacts(unit, range.start, range.end)}) f
        WHERE kind = 'in' GROUP BY 1, 2 ORDER BY 1, 2`,
  );
}
