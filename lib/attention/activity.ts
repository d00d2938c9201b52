import { sql } from 'drizzle-orm';
import type { ReadCtx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import { childDays } from '@/lib/stats/children';
import { AREA_DEPTH, childFacts } from '@/lib/stats/facts';
import { inSubtree } from '@/lib/tenancy/units';
import { addDays, localClock, localDate, startOfLocalDay } from '@/lib/time/local';
import type { UnitKind } from '@/lib/tenancy/vocabulary';
import { MIN_CLOSED_SCANS, SILENT_AFTER_MINUTES, SPARK_DAYS, USUAL_WEEKS } from './rules';

/** The moment judged: a local day, up to an instant in it (now, or the day's end for the digest). */
export type Moment = { day: string; until: Date };

export const liveMoment = (now: Date, timeZone: string): Moment => ({
  day: localDate(now, timeZone),
  until: now,
});
export const wholeDay = (day: string, timeZone: string): Moment => ({
  day,
  until: startOfLocalDay(addDays(day, 1), timeZone),
});

const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * 86_400_000;
const instant = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * What the attention rules read about a unit's children and subtree, all from the rollups,
 * the posters and the services: check-ins by day (SPARK_DAYS), by the same part of the day in
 * this and USUAL_WEEKS previous weeks, active posters, the last check-in, the units whose
 * services opened long enough ago today, and scans refused as outside opening hours today.
 */
export type Activity = {
  children: { id: number; name: string; kind: UnitKind; code: string | null }[];
  /** Check-ins per child per day (kind in), admitted apart. */
  days: { child: number; day: string; admitted: boolean; n: number }[];
  /** The unit's own check-ins per day (not its children's). */
  ownDays: { day: string; admitted: boolean; n: number }[];
  /** Per child and week back (0 this week): check-ins up to `until`; `complete`: hours before its hour. */
  weeks: { child: number; k: number; complete: boolean; n: number }[];
  posters: Map<number, number>;
  lastAt: Map<number, Date>;
  /** Units (the unit itself: child null) with a service that opened SILENT_AFTER_MINUTES before `until`. */
  opened: {
    id: number;
    name: string;
    kind: UnitKind;
    child: number | null;
    opensAt: string;
    active: boolean;
  }[];
  /** Units with MIN_CLOSED_SCANS or more scans refused as closed on the day. */
  closedScans: { id: number; name: string; kind: UnitKind; n: number }[];
};

export async function readActivity(ctx: ReadCtx, at: Moment): Promise<Activity> {
  const { db, unit } = ctx;
  const tz = unit.timeZone;
  const midnight = startOfLocalDay(at.day, tz);
  const dayEnd = startOfLocalDay(addDays(at.day, 1), tz);
  const hourStart = new Date(Math.floor(at.until.getTime() / HOUR_MS) * HOUR_MS);
  const hourEnd = new Date(Math.ceil(at.until.getTime() / HOUR_MS) * HOUR_MS);
  const child = sql`nullif(split_part(u.path, '/', ${unit.depth + 3}), '')::int`;
  // The same stretch of the day in this week (k = 0) and each previous one: whole rollup hours up
  // to the one `until` falls in, as the dashboard's counters compare. `complete`: before that hour.
  const weekWindows = Array.from({ length: USUAL_WEEKS + 1 }, (_, k) => {
    const back = k * WEEK_MS;
    return sql`SELECT ${k}::int AS k, hour < ${instant(new Date(hourStart.getTime() - back))} AS complete, child, kind, n
      FROM (${childFacts(unit, new Date(midnight.getTime() - back), new Date(hourEnd.getTime() - back))}) f${sql.raw(String(k))}`;
  });
  const cutoff = new Date(at.until.getTime() - SILENT_AFTER_MINUTES * 60_000);
  const cutoffText = cutoff < midnight ? '' : clockText(cutoff, midnight);
  const weekday = localClock(midnight, tz).weekday;

  const [children, days, ownDays, weeks, posters, latest, opened, closedScans] = await Promise.all([
    queryRows<Activity['children'][number]>(
      db,
      sql`SELECT id, name, kind, code FROM units WHERE parent_id = ${unit.id} ORDER BY code, name`,
    ),
    queryRows<Activity['days'][number]>(
      db,
      sql`SELECT child, day::text AS day, admitted, sum(n)::int AS n
          FROM (${childDays(unit, addDays(at.day, 1 - SPARK_DAYS), at.day)}) d WHERE kind = 'in' GROUP BY 1, 2, 3`,
    ),
    queryRows<Activity['ownDays'][number]>(
      db,
      sql`SELECT day::text AS day, admitted, n FROM rollup_unit_day
          WHERE unit_id = ${unit.id} AND kind = 'in' AND day BETWEEN ${addDays(at.day, 1 - SPARK_DAYS)}::date AND ${at.day}::date`,
    ),
    queryRows<Activity['weeks'][number]>(
      db,
      sql`SELECT child, k, complete, sum(n)::int AS n FROM (${sql.join(weekWindows, sql` UNION ALL `)}) w
          WHERE kind = 'in' GROUP BY 1, 2, 3`,
    ),
    queryRows<{ child: number; n: number }>(
      db,
      sql`SELECT ${child} AS child, count(*)::int AS n
          FROM posters p JOIN units u ON u.id = p.unit_id
          WHERE ${inSubtree(unit, sql`u.path`)} AND u.id <> ${unit.id} AND p.revoked_at IS NULL
          GROUP BY 1`,
    ),
    queryRows<{ child: number; last_at: string | Date | null }>(db, lastCheckins(ctx)),
    // Services of the day judged only: one added since (after the digest's yesterday) was not silent then.
    queryRows<Activity['opened'][number]>(
      db,
      sql`SELECT u.id, u.name, u.kind, ${child} AS child, min(s.opening_hours -> ${weekday - 1}::int ->> 'open') AS "opensAt",
            EXISTS (SELECT 1 FROM rollup_unit_day r WHERE r.unit_id = u.id AND r.day = ${at.day}::date AND r.kind = 'in') AS active
          FROM services s JOIN units u ON u.id = s.unit_id
          WHERE ${inSubtree(unit, sql`u.path`)} AND s.deleted_at IS NULL AND s.paused_at IS NULL
            AND s.opening_hours -> ${weekday - 1}::int ->> 'open' <= ${cutoffText}
            AND s.created_at < ${instant(at.until)}
          GROUP BY u.id, u.name, u.kind, u.path`,
    ),
    queryRows<Activity['closedScans'][number]>(
      db,
      sql`SELECT u.id, u.name, u.kind, sum(r.n)::int AS n
          FROM rollup_unit_hour r JOIN units u ON u.id = r.unit_id
          WHERE ${inSubtree(unit, sql`u.path`)} AND r.hour >= ${instant(midnight)} AND r.hour < ${instant(dayEnd)}
            AND r.kind = 'in' AND r.reason = 'closed'
          GROUP BY u.id, u.name, u.kind HAVING sum(r.n) >= ${MIN_CLOSED_SCANS}
          ORDER BY n DESC, u.name`,
    ),
  ]);
  return {
    children,
    days,
    ownDays,
    weeks,
    posters: new Map(posters.map((p) => [p.child, p.n])),
    lastAt: new Map(latest.filter((l) => l.last_at).map((l) => [l.child, new Date(l.last_at!)])),
    opened,
    closedScans,
  };
}

/** "08:00" of an instant, counted from the local midnight before it (Indonesia keeps no DST). */
function clockText(at: Date, midnight: Date): string {
  const minutes = Math.min(Math.floor((at.getTime() - midnight.getTime()) / 60_000), 23 * 60 + 59);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Each child's latest check-in ever, found from the newest rollup hour of each child (area
 * rollups) or of each unit below it: index probes per unit, not a scan of months of rows.
 */
function lastCheckins({ unit }: ReadCtx) {
  if (unit.depth + 1 <= AREA_DEPTH) {
    return sql`SELECT c.id AS child,
        (SELECT max(r.last_at) FROM rollup_area_hour r WHERE r.area_id = c.id AND r.kind = 'in'
           AND r.hour = (SELECT max(m.hour) FROM rollup_area_hour m WHERE m.area_id = c.id AND m.kind = 'in')) AS last_at
      FROM units c WHERE c.parent_id = ${unit.id}`;
  }
  return sql`SELECT split_part(u.path, '/', ${unit.depth + 3})::int AS child, max(l.last_at) AS last_at
    FROM units u CROSS JOIN LATERAL (
      SELECT max(r.last_at) AS last_at FROM rollup_unit_hour r WHERE r.unit_id = u.id AND r.kind = 'in'
        AND r.hour = (SELECT max(m.hour) FROM rollup_unit_hour m WHERE m.unit_id = u.id AND m.kind = 'in')) l
    WHERE ${inSubtree(unit, sql`u.path`)} AND u.id <> ${unit.id}
    GROUP BY 1`;
}
