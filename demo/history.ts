import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';
import { retentionDays } from '@/lib/checkins/retention';
import { addDays, localDate, startOfLocalDay } from '@/lib/time/local';
import { hoursOn, minutes } from '@/lib/services/hours';
import { officeHours } from '@/lib/services/input';
import { isWorkingDay } from './holidays';
import { makePartitionsBetween } from '@/lib/checkins/partitions';
import { dayCalendar, loadPoints, loadPolicies, pointOn } from './history-points';
import { insertDaySql } from './history-sql';

const DAY = 24 * 3600_000;
const WIB = 'Asia/Jakarta'; // both Bekasis

/** Where the demo's history begins: midnight WIB `weeks` weeks before `end`. */
export function historyStart(end: Date, weeks: number): Date {
  return startOfLocalDay(addDays(localDate(end, WIB), -7 * weeks), WIB);
}

/** Mondays bring the weekend's backlog; Fridays are short (Friday prayers: offices close at 11.00). */
const weekdayFactor = [0, 1.15, 1, 1, 1, 0.85, 0];
// Nine in ten admitted visitors (about 80% are admitted) also check out.
const OUT_SHARE = 0.9 * 0.8;
/** Visitors the registry has no record of: typos and vaccinations not yet uploaded. */
const UNRECORDED = 0.03;

export type HistoryOptions = {
  events: number;
  start: Date;
  end: Date;
  onDay?: (day: string, total: number) => void;
  /** Into an empty table (a benchmark's seed): build the secondary indexes once at the end. */
  deferIndexes?: boolean;
};

/**
 * Runs a bulk load without the event table's secondary indexes and rebuilds them from their own
 * definitions afterwards: one sort per index instead of millions of random B-tree inserts.
 */
async function withoutEventIndexes<T>(db: Db, run: () => Promise<T>): Promise<T> {
  const indexes = await queryRows<{ name: string; def: string }>(
    db,
    sql`SELECT indexname AS name, indexdef AS def FROM pg_indexes
        WHERE tablename = 'checkin_events' AND indexname <> 'checkin_events_pkey'`,
  );
  for (const index of indexes) await db.execute(sql.raw(`DROP INDEX "${index.name}"`));
  try {
    return await run();
  } finally {
    // A partitioned table's definitions say ON ONLY (the parent alone); built again, the index
    // must cover every partition.
    for (const index of indexes) await db.execute(sql.raw(index.def.replace(' ON ONLY ', ' ON ')));
  }
}

/**
 * Check-ins of every working day in [start, end], about `events` of them (check-outs included),
 * one statement per day that writes the events and their rollups, so memory stays bounded and
 * the rollups always equal the events. Returns the number of events written.
 */
export async function generateHistory(db: Db, options: HistoryOptions): Promise<number> {
  await makePartitionsBetween(db, options.start, options.end); // each month's rows in their own partition
  return options.deferIndexes ? withoutEventIndexes(db, () => writeHistory(db, options)) : writeHistory(db, options);
}

async function writeHistory(db: Db, { events, start, end, onDay }: HistoryOptions): Promise<number> {
  const points = await loadPoints(db, start, end);
  const policies = await loadPolicies(db);
  const calendar = dayCalendar();
  const span = end.getTime() - start.getTime();
  // Each working day once: its posters up with their hours and policy, its weekday, and how far
  // the rollout has come.
  const days = [];
  for (let day = localDate(start, WIB); day <= localDate(end, WIB); day = addDays(day, 1)) {
    if (!isWorkingDay(day)) continue;
    const midnight = startOfLocalDay(day, WIB).getTime();
    const active = points
      .filter((p) => Date.parse(p.from) < midnight + DAY && (!p.until || Date.parse(p.until) > midnight))
      .flatMap((p) => pointOn(p, day, policies, calendar) ?? []);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const progress = Math.min(1, Math.max(0, (midnight - start.getTime()) / span));
    const factor = weekdayFactor[weekday]! * (0.75 + 0.25 * progress);
    days.push({ day, active, progress, factor, expected: factor * elapsedShare(day, end) });
  }
  if (points.length === 0 || days.length === 0) return 0;
  // Scale so that the expected total is `events`: each day's weight of the points active on it.
  const expected = days.reduce((sum, d) => sum + d.expected * d.active.reduce((s, p) => s + p.w, 0), 0);
  const perWeight = events / (1 + OUT_SHARE) / Math.max(expected, 1e-9);
  const keysFrom = new Date(end.getTime() - retentionDays() * DAY);

  let written = 0;
  for (const { day, active, progress, factor } of days) {
    if (active.length === 0) continue;
    // Hijau grows from 45% to 82% of visitors as vaccination spreads.
    const hijau = 0.45 + 0.37 * progress;
    const rest = 1 - hijau;
    const [inserted] = await queryRows<{ n: number }>(
      db,
      insertDaySql(active, { day, rate: perWeight * factor, unrecorded: UNRECORDED, hijau, kuning: hijau + rest * 0.55, merah: hijau + rest * 0.92, end, keysFrom }),
    );
    written += inserted?.n ?? 0;
    onDay?.(day, written);
  }
  return written;
}

/** The share of a day's office hours gone by at `end`: today is cut there. */
function elapsedShare(day: string, end: Date): number {
  const midnight = startOfLocalDay(day, WIB).getTime();
  const hours = hoursOn(officeHours, WIB, new Date(midnight + DAY / 2));
  if (!hours) return 0;
  const [open, close] = [midnight + minutes(hours.open) * 60_000, midnight + minutes(hours.close) * 60_000];
  return Math.min(1, Math.max(0, (end.getTime() - open) / (close - open)));
}

/** History is there once some events are older than any the API would accept (7 days). */
export async function hasHistory(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM checkin_events WHERE occurred_at < now() - interval '8 days') AS found`,
  );
  return !!row?.found;
}
