import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';

/** Days a visitor key is kept (PINDAI_RETENTION_DAYS, default 30). */
export function retentionDays(): number {
  const days = Number(process.env.PINDAI_RETENTION_DAYS ?? 30);
  return Number.isInteger(days) && days > 0 ? days : 30;
}

/** Rows erased per statement: each batch is its own short transaction, holding few row locks. */
export const PURGE_BATCH = 5000;

/**
 * Erases visitor keys older than the retention period (UU 27/2022). The events and rollups
 * stay, so every count is unchanged; only the link to a person goes. Works in batches found
 * through the partial purge index, so a backlog of millions never becomes one long
 * transaction that blocks check-ins or bloats a replica's lag. An aborted `signal` stops it
 * after the batch under way (the next run erases the rest). Returns the keys erased.
 */
export async function purgeVisitorKeys(
  db: Db,
  options: { now?: Date; batchSize?: number; signal?: AbortSignal } = {},
): Promise<number> {
  const { now = new Date(), batchSize = PURGE_BATCH, signal } = options;
  const cutoff = new Date(now.getTime() - retentionDays() * 24 * 3600_000).toISOString();
  let total = 0;
  for (;;) {
    // The batch names rows by (id, occurred_at): with events partitioned by time, that finds
    // each row in its own partition.
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`WITH batch AS (
            SELECT id, occurred_at FROM checkin_events
            WHERE visitor_key IS NOT NULL AND occurred_at < ${cutoff}::timestamptz
            LIMIT ${batchSize}),
          purged AS (
            UPDATE checkin_events e SET visitor_key = NULL FROM batch
            WHERE e.id = batch.id AND e.occurred_at = batch.occurred_at AND e.visitor_key IS NOT NULL
            RETURNING 1)
          SELECT count(*)::int AS n FROM purged`,
    );
    const n = row?.n ?? 0;
    total += n;
    if (n < batchSize || signal?.aborted) return total;
  }
}
