import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';

/** Months made ahead of time by the daily job. */
const MONTHS_AHEAD = 2;

/**
 * Makes the event table's partition of every month from `from` to `to` that has none (the
 * migration's checkin_events_month(), which also moves in any rows the default partition took
 * for that month before it had one). Returns how many it made.
 */
export async function makePartitionsBetween(db: Db, from: Date, to: Date): Promise<number> {
  const [row] = await queryRows<{ made: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE checkin_events_month(m::date))::int AS made
        FROM generate_series(date_trunc('month', ${from.toISOString()}::timestamptz AT TIME ZONE 'UTC'),
                             date_trunc('month', ${to.toISOString()}::timestamptz AT TIME ZONE 'UTC'), interval '1 month') AS m`,
  );
  return row?.made ?? 0;
}

/** This month's partition and the next MONTHS_AHEAD months', so a month's first scan never waits for one. */
export function makeMonthPartitions(db: Db, now = new Date()): Promise<number> {
  const ahead = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + MONTHS_AHEAD, 1));
  return makePartitionsBetween(db, now, ahead);
}

export type EventPartition = { name: string; from: Date | null };

/** The event table's partitions, oldest first; the default one (any month without its own) last, `from` null. */
export async function eventPartitions(db: Db): Promise<EventPartition[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'checkin_events'::regclass ORDER BY c.relname`,
  );
  return rows.map(({ name }) => {
    const month = /_(\d{4})_(\d{2})$/.exec(name);
    return { name, from: month ? new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)) : null };
  });
}
