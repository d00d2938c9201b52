import { attention } from '@/lib/attention/attention';
import { liveMoment } from '@/lib/attention/activity';
import type { ReadCtx } from '@/lib/context';
import { childRangeFigures } from './children';
import { byService, daily, heatmap, hourlyToday, liveCounters } from './overview';
import { policyMarks } from './policy-marks';
import type { DateRange } from './range';
import { refusalsByReason } from './reasons';

/** What changes with every check-in: sent again over the live stream. */
export async function liveSnapshot(ctx: ReadCtx, now = new Date()) {
  // Before any query starts: a zone that cannot be read fails the snapshot, not a query left behind.
  const moment = liveMoment(now, ctx.unit.timeZone);
  const [counters, hourly, children] = await Promise.all([
    liveCounters(ctx, now),
    hourlyToday(ctx, now),
    attention(ctx, moment),
  ]);
  return { at: now.toISOString(), counters, hourly, attention: children };
}
export type LiveSnapshot = Awaited<ReturnType<typeof liveSnapshot>>;

/** Everything the overview page shows for a unit's subtree and range. */
export async function overview(ctx: ReadCtx, range: DateRange, now = new Date()) {
  const [live, days, services, heat, childRange, reasons, marks] = await Promise.all([
    liveSnapshot(ctx, now),
    daily(ctx, range),
    byService(ctx, range),
    heatmap(ctx, range),
    childRangeFigures(ctx, range),
    refusalsByReason(ctx, range),
    policyMarks(ctx, range),
  ]);
  return { live, days, reasons, marks, services, heat, childRange };
}
export type Overview = Awaited<ReturnType<typeof overview>>;
