import type { ReadCtx } from '@/lib/context';
import { childPage, type ChildTableParams, childUptake, coverage } from './children';
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

/** Everything the overview page shows for a unit's subtree and range. */
export async function overview(ctx: ReadCtx, range: DateRange, table: ChildTableParams, now = new Date()) {
  const [live, days, services, heat, children, reasons, marks] = await Promise.all([
    liveSnapshot(ctx, now),
    daily(ctx, range),
    byService(ctx, range),
    heatmap(ctx, range),
    childUptake(ctx, range, now),
    refusalsByReason(ctx, range),
    policyMarks(ctx, range),
  ]);
  return {
    live,
    days,
    reasons,
    marks,
    services,
    heat,
    children: childPage(children, table),
    coverage: coverage(children),
    quietChildren: children.filter((c) => c.quiet).length,
  };
}
export type Overview = Awaited<ReturnType<typeof overview>>;
