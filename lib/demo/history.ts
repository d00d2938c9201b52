import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';
import { retentionDays } from '@/lib/checkins/retention';
import { addDays, localDate, startOfLocalDay } from '@/lib/time/local';
import { isWorkingDay } from './holidays';
import { type HistoryPoint, insertDaySql, rollupSinceSql } from './history-sql';
import { unitFate, unitWeight } from './places';

const DAY = 24 * 3600_000;
const WIB = 'Asia/Jakarta'; // both Bekasis

/** Where the demo's history begins: midnight WIB `weeks` weeks before `end`. */
export function historyStart(end: Date, weeks: number): Date {
  return startOfLocalDay(addDays(localDate(end, WIB), -7 * weeks), WIB);
}

/** Entrances see every visitor, a loket some. */
export const pointWeight = (unit: { kind: string; code: string | null; name: string }, entrance: boolean) =>
  unitWeight(unit) * (entrance ? 1 : 0.4);

/** Every poster that scanned in [start, end); a few units stop scanning one to two weeks before the end. */
async function loadPoints(db: Db, start: Date, end: Date): Promise<HistoryPoint[]> {
  const rows = await queryRows<{ poster: number; unit: number; service: number | null; tz: string; admits: string; from: string | Date; until: string | Date | null; kind: string; code: string | null; name: string }>(
    db,
    sql`SELECT p.id AS poster, p.unit_id AS unit, p.service_id AS service, u.time_zone AS tz,
               array_to_string(coalesce(s.admits, (
                 SELECT ep.admits FROM entry_policies ep WHERE ep.unit_id = u.id ORDER BY ep.effective_from DESC LIMIT 1
               ), '{hijau,kuning}'), ',') AS admits,
               p.created_at AS "from", p.revoked_at AS "until", u.kind, u.code, u.name
        FROM posters p JOIN units u ON u.id = p.unit_id LEFT JOIN services s ON s.id = p.service_id
        WHERE p.created_at < ${end.toISOString()}::timestamptz
          AND (p.revoked_at IS NULL OR p.revoked_at > ${start.toISOString()}::timestamptz)
          AND (s.id IS NULL OR (s.paused_at IS NULL AND s.deleted_at IS NULL))
        ORDER BY p.id`,
  );
  return rows.map((r) => {
    const key = r.code ?? r.name;
    const stops = unitFate(`stop${key}`) < 0.04 ? new Date(end.getTime() - (7 + Math.floor(unitFate(`when${key}`) * 7)) * DAY) : null;
    const revoked = r.until ? new Date(r.until) : null;
    const until = stops && (!revoked || stops < revoked) ? stops : revoked;
    return { poster: r.poster, unit: r.unit, service: r.service, tz: r.tz, admits: r.admits, w: pointWeight(r, r.service === null), from: new Date(r.from).toISOString(), until: until?.toISOString() ?? null };
  });
}

/** Mondays bring the weekend's backlog; Friday's cut after 11.00 (in the SQL) keeps 84% of a day. */
const weekdayFactor = [0, 1.15, 1, 1, 1, 0.85, 0];
const FRIDAY_KEPT = 0.844;
// Nine in ten admitted visitors (about 85% are admitted) also check out.
const OUT_SHARE = 0.9 * 0.85;

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
    for (const index of indexes) await db.execute(sql.raw(index.def));
  }
}

/**
 * Check-ins of every working day in [start, end], about `events` of them (check-outs included),
 * one statement per day and its rollups in the same transaction, so memory stays bounded and
 * the rollups always equal the events. Returns the number of events written.
 */
export async function generateHistory(db: Db, options: HistoryOptions): Promise<number> {
  return options.deferIndexes ? withoutEventIndexes(db, () => writeHistory(db, options)) : writeHistory(db, options);
}

async function writeHistory(db: Db, { events, start, end, onDay }: HistoryOptions): Promise<number> {
  const points = await loadPoints(db, start, end);
  const span = end.getTime() - start.getTime();
  // Each working day once: its posters up, its weekday, and how far the rollout has come.
  const days = [];
  for (let day = localDate(start, WIB); day <= localDate(end, WIB); day = addDays(day, 1)) {
    if (!isWorkingDay(day)) continue;
    const midnight = startOfLocalDay(day, WIB).getTime();
    const active = points.filter((p) => Date.parse(p.from) < midnight + DAY && (!p.until || Date.parse(p.until) > midnight));
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const progress = Math.min(1, Math.max(0, (midnight - start.getTime()) / span));
    // Today is cut at `end`: only the office hours (08.00–15.00) gone by count.
    const elapsed = Math.min(1, Math.max(0, (end.getTime() - midnight - 8 * 3600_000) / (7 * 3600_000)));
    const factor = weekdayFactor[weekday]! * (0.75 + 0.25 * progress);
    days.push({ day, active, weekday, progress, factor, expected: factor * (weekday === 5 ? FRIDAY_KEPT : 1) * elapsed });
  }
  if (points.length === 0 || days.length === 0) return 0;
  // Scale so that the expected total is `events`: each day's weight of the points active on it.
  const expected = days.reduce((sum, d) => sum + d.expected * d.active.reduce((s, p) => s + p.w, 0), 0);
  const perWeight = events / (1 + OUT_SHARE) / Math.max(expected, 1e-9);
  const keysFrom = new Date(end.getTime() - retentionDays() * DAY);

  let written = 0;
  for (const { day, active, weekday, progress, factor } of days) {
    if (active.length === 0) continue;
    // Hijau grows from 45% to 82% of visitors as vaccination spreads.
    const hijau = 0.45 + 0.37 * progress;
    const rest = 1 - hijau;
    written += await db.transaction(async (tx) => {
      const [{ last }] = (await queryRows<{ last: number }>(tx, sql`SELECT coalesce(max(id), 0)::bigint AS last FROM checkin_events`)) as [{ last: number }];
      const inserted = await queryRows<{ n: number }>(
        tx,
        insertDaySql(active, { day, friday: weekday === 5, rate: perWeight * factor, hijau, kuning: hijau + rest * 0.55, merah: hijau + rest * 0.92, end, keysFrom }),
      );
      await tx.execute(rollupSinceSql(Number(last)));
      return inserted[0]?.n ?? 0;
    });
    onDay?.(day, written);
  }
  return written;
}

/** History is there once some events are older than any the API would accept (7 days). */
export async function hasHistory(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM checkin_events WHERE occurred_at < now() - interval '8 days') AS found`,
  );
  return !!row?.found;
}
