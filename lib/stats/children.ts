import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Db, queryRows } from '@/lib/db/client';
import { type Unit, type UnitKind, units } from '@/lib/db/schema';
import { addDays, localClock, localDate, startOfLocalDay } from '@/lib/time/local';
import { childFacts } from './facts';
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
const LAST_CHECKIN_DAYS = 90;

/**
 * Every child of the unit with its uptake: check-ins and admitted share in the range, active
 * posters, last check-in (within 90 days), today's and this week's check-ins, the quiet flag.
 * All from the rollups and the posters table, in one pass each.
 */
export async function childUptake(db: Db, unit: Unit, range: DateRange, now = new Date()): Promise<ChildRow[]> {
  const tz = unit.timeZone;
  const today = localDate(now, tz);
  const clock = localClock(now, tz);
  const midnight = startOfLocalDay(today, tz);
  const weekStart = startOfLocalDay(addDays(today, 1 - clock.weekday), tz);
  const recent = startOfLocalDay(addDays(today, -LAST_CHECKIN_DAYS), tz);
  const start = new Date(Math.min(range.start.getTime(), weekStart.getTime(), recent.getTime()));
  const end = new Date(Math.max(range.end.getTime(), startOfLocalDay(addDays(today, 1), tz).getTime()));
  const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

  const [children, facts, posters] = await Promise.all([
    db
      .select({ id: units.id, name: units.name, kind: units.kind, code: units.code })
      .from(units)
      .where(eq(units.parentId, unit.id))
      .orderBy(asc(units.code), asc(units.name)),
    queryRows<{ child: number; checkins: number; admitted: number; today: number; week: number; last_at: string | Date | null }>(
      db,
      sql`SELECT child,
            coalesce(sum(n) FILTER (WHERE kind = 'in' AND hour >= ${at(range.start)} AND hour < ${at(range.end)}), 0)::int AS checkins,
            coalesce(sum(n) FILTER (WHERE kind = 'in' AND admitted AND hour >= ${at(range.start)} AND hour < ${at(range.end)}), 0)::int AS admitted,
            coalesce(sum(n) FILTER (WHERE kind = 'in' AND hour >= ${at(midnight)}), 0)::int AS today,
            coalesce(sum(n) FILTER (WHERE kind = 'in' AND hour >= ${at(weekStart)}), 0)::int AS week,
            max(last_at) FILTER (WHERE kind = 'in') AS last_at
          FROM (${childFacts(unit, start, end)}) f GROUP BY child`,
    ),
    queryRows<{ child: number; n: number }>(
      db,
      sql`SELECT split_part(u.path, '/', ${unit.depth + 3})::int AS child, count(*)::int AS n
          FROM posters p JOIN units u ON u.id = p.unit_id
          WHERE u.path LIKE ${`${unit.path}%`} AND u.id <> ${unit.id} AND p.revoked_at IS NULL
          GROUP BY 1`,
    ),
  ]);
  const factsOf = new Map(facts.map((f) => [f.child, f]));
  const postersOf = new Map(posters.map((p) => [p.child, p.n]));
  const checkWindow = clock.weekday <= 5 && clock.hour >= QUIET_AFTER_HOUR;
  return children.map((c) => {
    const f = factsOf.get(c.id);
    const activePosters = postersOf.get(c.id) ?? 0;
    const checkins = f?.checkins ?? 0;
    const admitted = f?.admitted ?? 0;
    return {
      ...c,
      checkins,
      admitted,
      admittedShare: checkins ? admitted / checkins : null,
      activePosters,
      lastCheckinAt: f?.last_at ? new Date(f.last_at) : null,
      checkinsToday: f?.today ?? 0,
      checkinsThisWeek: f?.week ?? 0,
      quiet: checkWindow && activePosters > 0 && !f?.today,
    };
  });
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
