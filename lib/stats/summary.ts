import { sql } from 'drizzle-orm';
import { retentionDays } from '@/lib/checkins/retention';
import type { ReadCtx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import { inSubtree } from '@/lib/tenancy/units';
import { type Comparison, comparisonPeriod } from './compare';
import { firstDay } from './first-day';
import {
  type GroupedStats,
  type GroupRow,
  type Grouping,
  groupedStats,
  type Totals,
  totalsOf,
} from './grouped';
import type { DateRange } from './range';

/** Places of one sort with at least one check-in in the range, and their check-ins. */
export type Places = { places: number; checkins: number };

export type Summary = {
  range: DateRange;
  totals: Totals;
  /**
   * Distinct people: one per NIK or phone number, one per desk check-in without either. Null
   * when not counted (`uncounted`): the range reaches back past the days visitor keys are kept
   * (`keptDays`), or holds more check-ins than MAX_COUNTED_CHECKINS.
   */
  visitors: number | null;
  uncounted: 'retention' | 'volume' | null;
  keptDays: number;
  /** Government offices (the units' own, agencies) apart from private venues (factories, minimarkets). */
  offices: Places;
  venues: Places;
  busiestService: GroupRow | null;
  busiestDay: GroupRow | null;
  /** The first local day with a check-in in the subtree; null before the first. */
  firstDay: string | null;
  /** The period compared with, when there is one that the data covers (lib/stats/compare.ts). */
  previous: Comparison | null;
  previousCheckins: number | null;
  /** Change against `previous`, e.g. 0.123; null without a period to compare or check-ins in it. */
  change: number | null;
};

/** From the day rollups: one index probe per unit of the subtree, not a scan of its hourly rows. */
async function places(
  ctx: ReadCtx,
  range: DateRange,
): Promise<{ offices: Places; venues: Places }> {
  const { db, unit } = ctx;
  const rows = await queryRows<{ venue: boolean; places: number; checkins: number }>(
    db,
    sql`SELECT u.kind = 'venue' AS venue, count(DISTINCT u.id)::int AS places, sum(d.n)::int AS checkins
        FROM units u JOIN rollup_unit_day d ON d.unit_id = u.id
        WHERE ${inSubtree(unit, sql`u.path`)} AND d.kind = 'in' AND d.day >= ${range.first}::date AND d.day <= ${range.last}::date
        GROUP BY 1`,
  );
  const of = (venue: boolean): Places => {
    const row = rows.find((r) => r.venue === venue);
    return { places: row?.places ?? 0, checkins: row?.checkins ?? 0 };
  };
  return { offices: of(false), venues: of(true) };
}

/**
 * Past this many check-ins in a range people are not counted: the count reads every event of the
 * range (about a second per 500,000 here), and a regency's quarter would keep the page waiting.
 */
export const MAX_COUNTED_CHECKINS = 500_000;

/**
 * People are counted from the events, while their keys are kept: the rollups count check-ins,
 * and a person who comes back is one visitor, not two.
 */
async function distinctVisitors(ctx: ReadCtx, range: DateRange): Promise<number> {
  const { db, unit } = ctx;
  const [row] = await queryRows<{ n: number }>(
    db,
    // Grouped by key, then counted: a hash of the keys, where count(DISTINCT) sorts them all
    // (a regency's month here: 0.8 s against 1.7 s).
    sql`SELECT (count(*) FILTER (WHERE k IS NOT NULL) + coalesce(sum(n) FILTER (WHERE k IS NULL), 0))::int AS n
        FROM (SELECT e.visitor_key AS k, count(*) AS n
              FROM checkin_events e JOIN units u ON u.id = e.unit_id
              WHERE ${inSubtree(unit, sql`u.path`)} AND e.kind = 'in'
                AND e.occurred_at >= ${range.start.toISOString()}::timestamptz
                AND e.occurred_at < ${range.end.toISOString()}::timestamptz
              GROUP BY 1) d`,
  );
  return row?.n ?? 0;
}

/**
 * The key figures of a range for a press release: built from the same tables the page shows;
 * a table the page has already read for this range (`loaded`) is not read again.
 */
export async function summary(
  ctx: ReadCtx,
  range: DateRange,
  loaded: GroupedStats[] = [],
  now = new Date(),
): Promise<Summary> {
  const { unit } = ctx;
  const keptDays = retentionDays();
  const table = (by: Grouping) =>
    loaded.find((s) => s.grouping === by && s.range === range) ?? groupedStats(ctx, range, by);
  // Only the distinct-visitor count waits for the day totals; the rest start at once.
  const [days, services, where, first] = await Promise.all([
    table('day'),
    table('service'),
    places(ctx, range),
    firstDay(ctx),
  ]);
  const uncounted =
    range.start.getTime() < now.getTime() - keptDays * 86_400_000
      ? 'retention'
      : days.totals.checkins > MAX_COUNTED_CHECKINS
        ? 'volume'
        : null;
  const previous = comparisonPeriod(range, first, now, unit.timeZone);
  const [visitors, before] = await Promise.all([
    uncounted ? null : distinctVisitors(ctx, range),
    previous ? totalsOf(ctx, previous).then((t) => t.checkins) : null,
  ]);
  const top = (rows: GroupRow[]) =>
    rows.reduce<GroupRow | null>(
      (best, r) => (r.checkins > (best?.checkins ?? 0) ? r : best),
      null,
    );
  return {
    range,
    totals: days.totals,
    visitors,
    uncounted,
    keptDays,
    ...where,
    busiestService: top(services.rows.filter((r) => r.key !== '0')),
    busiestDay: top(days.rows),
    firstDay: first,
    previous,
    previousCheckins: before,
    change: before ? (days.totals.checkins - before) / before : null,
  };
}
