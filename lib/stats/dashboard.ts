import type { ReadCtx } from '@/lib/context';
import { childPage, type ChildTableParams, childUptake, coverage } from './children';
import { firstDay } from './first-day';
import { byService, daily, heatmap, hourlyToday, liveCounters } from './overview';
import { policyMarks } from './policy-marks';
import type { DateRange } from './range';
import { refusalsByReason } from './reasons';

/** What changes with every check-in: sent again over the live stream. */
export async function liveSnapshot(ctx: ReadCtx, now = new Date()) {
  const [counters, hourly] = await Promise.all([liveCounters(ctx, now), hourlyToday(ctx, now)]);
  return { at: now.toISOString(), counters, hourly };
}
export type LiveSnapshot = Awaited<ReturnType<typeof liveSnapshot>>;

/**
 * The overview's panels over its range: by day (with the policy changes), by service, refusals
 * by reason and busy times. The page renders them, and reads them again through
 * /api/units/<unit>/overview each time its live stream reports a check-in.
 */
export async function rangePanels(ctx: ReadCtx, range: DateRange) {
  const [days, marks, services, heat, reasons] = await Promise.all([
    daily(ctx, range),
    policyMarks(ctx, range),
    byService(ctx, range),
    heatmap(ctx, range),
    refusalsByReason(ctx, range),
  ]);
  return { days, marks, services, heat, reasons };
}
export type RangePanels = Awaited<ReturnType<typeof rangePanels>>;

/** Everything the overview page shows for a unit's subtree and range. */
export async function overview(
  ctx: ReadCtx,
  range: DateRange,
  table: ChildTableParams,
  now = new Date(),
) {
  const [live, panels, children, since] = await Promise.all([
    liveSnapshot(ctx, now),
    rangePanels(ctx, range),
    childUptake(ctx, range, now),
    firstDay(ctx),
  ]);
  return {
    live,
    /** The first local day with a check-in: today is compared with last week only from a week after it. */
    firstDay: since,
    ...panels,
    children: childPage(children, table),
    coverage: coverage(children),
    quietChildren: children.filter((c) => c.quiet).length,
  };
}
export type Overview = Awaited<ReturnType<typeof overview>>;
