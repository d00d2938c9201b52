import { attention } from '@/lib/attention/attention';
import { liveMoment } from '@/lib/attention/activity';
import type { ReadCtx } from '@/lib/context';
import { childRangeFigures } from './children';
import { firstDay } from './first-day';
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
export async function overview(ctx: ReadCtx, range: DateRange, now = new Date()) {
  const [live, panels, childRange, since] = await Promise.all([
    liveSnapshot(ctx, now),
    rangePanels(ctx, range),
    childRangeFigures(ctx, range),
    firstDay(ctx),
  ]);
  return {
    live,
    /** The first local day with a check-in: today is compared with last week only from a week after it. */
    firstDay: since,
    ...panels,
    childRange,
  };
}
export type Overview = Awaited<ReturnType<typeof overview>>;
