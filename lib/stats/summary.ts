import { sql } from 'drizzle-orm';
import type { ReadCtx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import { inSubtree } from '@/lib/tenancy/units';
import { addDays } from '@/lib/time/local';
import { type GroupedStats, type GroupRow, type Grouping, groupedStats, type Totals, totalsOf } from './grouped';
import { dateRange, type DateRange } from './range';

export type Summary = {
  range: DateRange;
  previous: DateRange;
  totals: Totals;
  /** Offices of the subtree (units, the chosen one included) with at least one check-in. */
  offices: number;
  busiestService: GroupRow | null;
  busiestDay: GroupRow | null;
  previousCheckins: number;
  /** Change against the previous period of the same length, e.g. 0.123; null when it had none. */
  change: number | null;
};

/** The same number of days right before the range. */
export function previousRange(range: DateRange, timeZone: string): DateRange {
  return dateRange(addDays(range.first, -range.days), addDays(range.first, -1), timeZone);
}

/** Per unit one index probe into its own rollups, not a scan of the subtree's rows. */
async function activeOffices(ctx: ReadCtx, range: DateRange): Promise<number> {
  const { db, unit } = ctx;
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM units u
        WHERE ${inSubtree(unit, sql`u.path`)} AND EXISTS (
          SELECT 1 FROM rollup_unit_hour r WHERE r.unit_id = u.id AND r.kind = 'in'
            AND r.hour >= ${range.start.toISOString()}::timestamptz AND r.hour < ${range.end.toISOString()}::timestamptz)`,
  );
  return row?.n ?? 0;
}

/**
 * The key figures of a range for a press release: built from the same tables the page shows;
 * a table the page has already read for this range (`loaded`) is not read again.
 */
export async function summary(ctx: ReadCtx, range: DateRange, loaded: GroupedStats[] = []): Promise<Summary> {
  const { unit } = ctx;
  const previous = previousRange(range, unit.timeZone);
  const table = (by: Grouping) => loaded.find((s) => s.grouping === by && s.range === range) ?? groupedStats(ctx, range, by);
  const [days, services, offices, before] = await Promise.all([
    table('day'),
    table('service'),
    activeOffices(ctx, range),
    totalsOf(ctx, previous),
  ]);
  const top = (rows: GroupRow[]) => rows.reduce<GroupRow | null>((best, r) => (r.checkins > (best?.checkins ?? 0) ? r : best), null);
  return {
    range,
    previous,
    totals: days.totals,
    offices,
    busiestService: top(services.rows.filter((r) => r.key !== '0')),
    busiestDay: top(days.rows),
    previousCheckins: before.checkins,
    change: before.checkins ? (days.totals.checkins - before.checkins) / before.checkins : null,
  };
}
