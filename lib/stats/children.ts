import { asc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AuthorizedUnit } from '@/lib/auth/authorized-unit';
import type { ReadCtx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import { type UnitKind, units } from '@/lib/db/schema';
import { inSubtree } from '@/lib/tenancy/units';
import { addDays, localClock, localDate } from '@/lib/time/local';
import { AREA_DEPTH } from './facts';
import type { DateRange } from './range';

export type ChildRow = {
  id: number;
  name: string;
  kind: UnitKind;
  code: string | null;
  checkins: number;
  admitted: number;
  /** Share of check-ins admitted, 0–1; null without check-ins. */
  admittedShare: number | null;
  activePosters: number;
  lastCheckinAt: Date | null;
  checkinsToday: number;
  checkinsThisWeek: number;
  /** Has posters but no check-in today by 10:00 on a working day. */
  quiet: boolean;
};

export type Coverage = { children: number; withPoster: number; withCheckinThisWeek: number };

export const childSorts = ['name', 'checkins', 'admittedShare', 'activePosters', 'lastCheckinAt'] as const;
export type ChildSort = (typeof childSorts)[number];

export const childTableParams = z.object({
  sort: z.enum(childSorts).catch('checkins'),
  dir: z.enum(['asc', 'desc']).catch('desc'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ChildTableParams = z.infer<typeof childTableParams>;

export const PAGE_SIZE = 20;
/** "Quiet" units: posters up but nothing by this local hour on a working day. */
export const QUIET_AFTER_HOUR = 10;

/**
 * Every child of the unit with its uptake: check-ins and admitted share in the range, active
 * posters, last check-in, today's and this week's check-ins, the quiet flag. All from the
 * rollups and the posters table, in one pass each.
 */
export async function childUptake(ctx: ReadCtx, range: DateRange, now = new Date()): Promise<ChildRow[]> {
  const { db, unit } = ctx;
  const tz = unit.timeZone;
  const today = localDate(now, tz);
  const clock = localClock(now, tz);
  const weekStart = addDays(today, 1 - clock.weekday);
  const first = range.first < weekStart ? range.first : weekStart;
  const last = range.last > today ? range.last : today;
  const day = (d: string) => sql`${d}::date`;

  const [children, facts, posters, latest] = await Promise.all([
    db
      .select({ id: units.id, name: units.name, kind: units.kind, code: units.code })
      .from(units)
      .where(eq(units.parentId, unit.id))
      .orderBy(asc(units.code), asc(units.name)),
    queryRows<{ child: number; checkins: number; admitted: number; today: number; week: number }>(
      db,
      sql`SELECT child,
            coalesce(sum(n) FILTER (WHERE day BETWEEN ${day(range.first)} AND ${day(range.last)}), 0)::int AS checkins,
            coalesce(sum(n) FILTER (WHERE admitted AND day BETWEEN ${day(range.first)} AND ${day(range.last)}), 0)::int AS admitted,
            coalesce(sum(n) FILTER (WHERE day = ${day(today)}), 0)::int AS today,
            coalesce(sum(n) FILTER (WHERE day BETWEEN ${day(weekStart)} AND ${day(today)}), 0)::int AS week
          FROM (${childDays(unit, first, last)}) f WHERE kind = 'in' GROUP BY child`,
    ),
    queryRows<{ child: number; n: number }>(
      db,
      sql`SELECT split_part(u.path, '/', ${unit.depth + 3})::int AS child, count(*)::int AS n
          FROM posters p JOIN units u ON u.id = p.unit_id
          WHERE ${inSubtree(unit, sql`u.path`)} AND u.id <> ${unit.id} AND p.revoked_at IS NULL
          GROUP BY 1`,
    ),
    queryRows<{ child: number; last_at: string | Date | null }>(db, lastCheckins(unit)),
  ]);
  const factsOf = new Map(facts.map((f) => [f.child, f]));
  const lastOf = new Map(latest.map((l) => [l.child, l.last_at]));
  const postersOf = new Map(posters.map((p) => [p.child, p.n]));
  const checkWindow = clock.weekday <= 5 && clock.hour >= QUIET_AFTER_HOUR;
  return children.map((c) => {
    const f = factsOf.get(c.id);
    const lastAt = lastOf.get(c.id);
    const activePosters = postersOf.get(c.id) ?? 0;
    const checkins = f?.checkins ?? 0;
    const admitted = f?.admitted ?? 0;
    return {
      ...c,
      checkins,
      admitted,
      admittedShare: checkins ? admitted / checkins : null,
      activePosters,
      lastCheckinAt: lastAt ? new Date(lastAt) : null,
      checkinsToday: f?.today ?? 0,
      checkinsThisWeek: f?.week ?? 0,
      quiet: checkWindow && activePosters > 0 && !f?.today,
    };
  });
}

/** Check-ins by local day of each child's subtree in [first, last], from the day rollups. */
function childDays(unit: AuthorizedUnit, first: string, last: string): SQL {
  const days = sql`day BETWEEN ${first}::date AND ${last}::date`;
  if (unit.depth + 1 <= AREA_DEPTH) {
    return sql`SELECT area_id AS child, day, kind, admitted, n FROM rollup_area_day
      WHERE area_id IN (SELECT id FROM units WHERE parent_id = ${unit.id}) AND ${days}`;
  }
  return sql`SELECT split_part(u.path, '/', ${unit.depth + 3})::int AS child, r.day, r.kind, r.admitted, r.n
    FROM rollup_unit_day r JOIN units u ON u.id = r.unit_id
    WHERE ${inSubtree(unit, sql`u.path`)} AND u.id <> ${unit.id} AND ${days}`;
}

/**
 * Each child's latest check-in ever, found from the newest rollup hour of each child (area
 * rollups) or of each unit below it: index probes per unit, not a scan of months of rows.
 */
function lastCheckins(unit: AuthorizedUnit): SQL {
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

export function coverage(rows: ChildRow[]): Coverage {
  return {
    children: rows.length,
    withPoster: rows.filter((r) => r.activePosters > 0).length,
    withCheckinThisWeek: rows.filter((r) => r.checkinsThisWeek > 0).length,
  };
}

/** One page of the table, sorted; units without a value sort last whichever the direction. */
export function childPage(rows: ChildRow[], { sort, dir, page }: ChildTableParams) {
  const value = (r: ChildRow) => (sort === 'lastCheckinAt' ? (r.lastCheckinAt?.getTime() ?? null) : r[sort]);
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name, 'id') : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'id') : x - Number(y);
    return (dir === 'asc' ? order : -order) || a.name.localeCompare(b.name, 'id');
  });
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  return { rows: sorted.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), page: current, pages, total: rows.length };
}
