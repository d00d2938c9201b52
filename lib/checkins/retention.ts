import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';
import { eventPartitions } from './partitions';

/** Days a visitor key is kept (PINDAI_RETENTION_DAYS, default 30). */
export function retentionDays(): number {
  const days = Number(process.env.PINDAI_RETENTION_DAYS ?? 30);
  return Number.isInteger(days) && days > 0 ? days : 30;
}

/** Rows erased per statement: each batch is its own short transaction, holding few row locks. */
export const PURGE_BATCH = 5000;

/**
 * Erases visitor keys (and the masked identities beside them) older than the retention period
 * (UU 27/2022), with the idempotency keys of the scans they came with (their request hash holds
 * the visitor). The events and rollups stay, so every count is unchanged; only the link to a
 * person goes. Works partition by partition, oldest first, each in batches found through the
 * partial purge index, so a backlog of millions never becomes one long transaction that blocks
 * check-ins or bloats a replica's lag; partitions that begin after the cut-off are not touched.
 * An aborted `signal` stops it after the batch under way (the next run erases the rest).
 * Returns the visitor keys erased.
 */
export async function purgeVisitorKeys(
  db: Db,
  options: { now?: Date; batchSize?: number; signal?: AbortSignal } = {},
): Promise<number> {
  const { now = new Date(), batchSize = PURGE_BATCH, signal } = options;
  const cutoff = new Date(now.getTime() - retentionDays() * 24 * 3600_000);
  let total = 0;
  for (const partition of await eventPartitions(db)) {
    if (partition.from && partition.from >= cutoff) continue;
    const table = sql.identifier(partition.name);
    for (;;) {
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`WITH batch AS (
              SELECT id FROM ${table}
              WHERE visitor_key IS NOT NULL AND occurred_at < ${cutoff.toISOString()}::timestamptz
              LIMIT ${batchSize}),
            purged AS (
              UPDATE ${table} e SET visitor_key = NULL, visitor_hint = NULL FROM batch
              WHERE e.id = batch.id AND e.visitor_key IS NOT NULL
              RETURNING 1)
            SELECT count(*)::int AS n FROM purged`,
      );
      const n = row?.n ?? 0;
      total += n;
      if (signal?.aborted) return total;
      if (n < batchSize) break;
    }
  }
  await purgeIdempotencyKeys(db, cutoff, batchSize, signal);
  return total;
}

async function purgeIdempotencyKeys(db: Db, cutoff: Date, batchSize: number, signal?: AbortSignal) {
  for (;;) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`WITH gone AS (
            DELETE FROM checkin_keys k USING (
              SELECT api_key_id, idempotency_key, regency_id FROM checkin_keys
              WHERE occurred_at < ${cutoff.toISOString()}::timestamptz LIMIT ${batchSize}) old
            WHERE (k.api_key_id, k.idempotency_key, k.regency_id) = (old.api_key_id, old.idempotency_key, old.regency_id)
            RETURNING 1)
          SELECT count(*)::int AS n FROM gone`,
    );
    if ((row?.n ?? 0) < batchSize || signal?.aborted) return;
  }
}
