import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';

/** Days a visitor key is kept (PINDAI_RETENTION_DAYS, default 30). */
export function retentionDays(): number {
  const days = Number(process.env.PINDAI_RETENTION_DAYS ?? 30);
  return Number.isInteger(days) && days > 0 ? days : 30;
}

/**
 * Erases visitor keys older than the retention period (UU 27/2022). The events and rollups
 * stay, so every count is unchanged; only the link to a person goes.
 */
export async function purgeVisitorKeys(db: Db, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays() * 24 * 3600_000);
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`WITH purged AS (
          UPDATE checkin_events SET visitor_key = NULL
          WHERE visitor_key IS NOT NULL AND occurred_at < ${cutoff.toISOString()}::timestamptz
          RETURNING 1)
        SELECT count(*)::int AS n FROM purged`,
  );
  return row?.n ?? 0;
}
