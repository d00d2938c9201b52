import type { Db } from '@/lib/db/client';
import type { Unit } from '@/lib/db/schema';
import { childPage, type ChildTableParams, childUptake, coverage } from './children';
import { byService, daily, heatmap, hourlyToday, liveCounters } from './overview';
import { policyMarks } from './policy-marks';
import type { DateRange } from './range';
import { refusalsByReason } from './reasons';

/** What changes with every check-in: sent again over the live stream. */
export async function liveSnapshot(db: Db, unit: Unit, now = new Date()) {
  const [counters, hourly] = await Promise.all([liveCounters(db, unit, now), hourlyToday(db, unit, now)]);
  return { at: now.toISOString(), counters, hourly };
}
export type LiveSnapshot = Awaited<ReturnType<typeof liveSnapshot>>;

/** Everything the overview page shows for a unit's subtree and range. */
export async function overview(db: Db, unit: Unit, range: DateRange, table: ChildTableParams, now = new Date()) {
  const [live, days, services, heat, children, reasons, marks] = await Promise.all([
    liveSnapshot(db, unit, now),
    daily(db, unit, range),
    byService(db, unit, range),
    heatmap(db, unit, range),
    childUptake(db, unit, range, now),
    refusalsByReason(db, unit, range),
    policyMarks(db, unit, range),
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
