import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';
import { retentionDays } from '@/lib/checkins/retention';
import { isWorkingDay } from './holidays';
import { type HistoryPoint, insertDaySql, rollupSinceSql } from './history-sql';
import { demoPlaces, unitFate } from './places';

const DAY = 24 * 3600_000;
const WIB = 7 * 3600_000;

/** Local (WIB) date of an instant, and the instant of a local date's midnight. */
export const wibDay = (at: Date) => new Date(at.getTime() + WIB).toISOString().slice(0, 10);
export const wibMidnight = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - WIB);

/** Where the demo's history begins: midnight WIB `weeks` weeks before `end`. */
export function historyStart(end: Date, weeks: number): Date {
  return wibMidnight(wibDay(new Date(end.getTime() - weeks * 7 * DAY)));
}

/** How busy a unit is against a desa office (1); entrances see everyone, a loket some. */
function weightOf(u: { kind: string; code: string | null; name: string }, service: number | null): number {
  const place = demoPlaces.find((p) => p.name === u.name);
  const unit = place ? place.weight : (u.kind === 'district' ? 3 : 1) * (0.5 + unitFate(`w${u.code ?? u.name}`));
  return unit * (service === null ? 1 : 0.4);
}

/** Every poster that scanned in [start, end); a few units stop scanning one to two weeks before the end. */
async function loadPoints(db: Db, start: Date, end: Date): Promise<HistoryPoint[]> {
  const rows = await queryRows<{ poster: number; unit: number; service: number | null; tz: string; admits: string; from: string | Date; until: string | Date | null; kind: string; code: string | null; name: string }>(
    db,
    sql`SELECT p.id AS poster, p.unit_id AS unit, p.service_id AS service, u.time_zone AS tz,
               array_to_string(coalesce(s.admits, u.entry_admits), ',') AS admits,
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
    return { poster: r.poster, unit: r.unit, service: r.service, tz: r.tz, admits: r.admits, w: weightOf(r, r.service), from: new Date(r.from).toISOString(), until: until?.toISOString() ?? null };
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
  const days: string[] = [];
  for (let t = start.getTime(); t <= end.getTime(); t += DAY) {
    const day = wibDay(new Date(t));
    if (isWorkingDay(day)) days.push(day);
  }
  if (points.length === 0 || days.length === 0) return 0;
  const span = end.getTime() - start.getTime();
  const progress = (day: string) => Math.min(1, Math.max(0, (wibMidnight(day).getTime() - start.getTime()) / span));
  // Scale so that the expected total is `events`: sum each day's weight of the points active on it.
  const shape = (day: string) => {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const elapsed = Math.min(1, Math.max(0, (end.getTime() - wibMidnight(day).getTime() - 8 * 3600_000) / (7 * 3600_000)));
    return weekdayFactor[weekday]! * (0.75 + 0.25 * progress(day)) * (weekday === 5 ? FRIDAY_KEPT : 1) * elapsed;
  };
  let expected = 0;
  for (const day of days) {
    const from = wibMidnight(day).getTime();
    const active = points.filter((p) => Date.parse(p.from) < from + DAY && (!p.until || Date.parse(p.until) > from));
    expected += shape(day) * active.reduce((s, p) => s + p.w, 0);
  }
  const perWeight = events / (1 + OUT_SHARE) / Math.max(expected, 1e-9);
  const keysFrom = new Date(end.getTime() - retentionDays() * DAY);

  let written = 0;
  for (const day of days) {
    const from = wibMidnight(day).getTime();
    const today = points.filter((p) => Date.parse(p.from) < from + DAY && (!p.until || Date.parse(p.until) > from));
    if (today.length === 0) continue;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    // Hijau grows from 45% to 82% of visitors as vaccination spreads.
    const hijau = 0.45 + 0.37 * progress(day);
    const rest = 1 - hijau;
    const rate = perWeight * weekdayFactor[weekday]! * (0.75 + 0.25 * progress(day));
    written += await db.transaction(async (tx) => {
      const [{ last }] = (await queryRows<{ last: number }>(tx, sql`SELECT coalesce(max(id), 0)::bigint AS last FROM checkin_events`)) as [{ last: number }];
      const inserted = await tx.execute(
        insertDaySql(today, { day, friday: weekday === 5, rate, hijau, kuning: hijau + rest * 0.55, merah: hijau + rest * 0.92, end, keysFrom }),
      );
      await tx.execute(rollupSinceSql(Number(last)));
      return (inserted as unknown as { rowCount?: number; affectedRows?: number }).rowCount ?? (inserted as unknown as { affectedRows?: number }).affectedRows ?? 0;
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
