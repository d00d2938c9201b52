import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { loginThrottle } from '@/lib/db/schema';

/**
 * Failed logins are counted per account and per address in the database, so every app instance
 * sees the same count. Past the free attempts each further failure locks the key for twice as
 * long as the one before (1, 2, 4 … minutes, at most an hour). An office behind one NAT shares
 * an address, so addresses get more free attempts than accounts.
 */
export const FREE_ATTEMPTS = { email: 5, ip: 30 } as const;
const WINDOW_MS = 15 * 60_000;
const MAX_LOCK_MS = 60 * 60_000;

export type ThrottleKey = { kind: keyof typeof FREE_ATTEMPTS; value: string };

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value}`;

/** The latest time until which any of the keys is locked, or null. */
export async function lockedUntil(db: Db, keys: ThrottleKey[], now = new Date()): Promise<Date | null> {
  let until: Date | null = null;
  for (const key of keys) {
    const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, keyOf(key)));
    if (row?.lockedUntil && row.lockedUntil > now && (!until || row.lockedUntil > until)) {
      until = row.lockedUntil;
    }
  }
  return until;
}

export async function recordFailure(db: Db, keys: ThrottleKey[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const windowStart = new Date(now.getTime() - WINDOW_MS);
    // One statement: concurrent failures for one key each count.
    const [row] = await db
      .insert(loginThrottle)
      .values({ key: keyOf(key), failures: 1, firstFailureAt: now })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: sql`CASE WHEN ${loginThrottle.firstFailureAt} < ${windowStart}
                          AND (${loginThrottle.lockedUntil} IS NULL OR ${loginThrottle.lockedUntil} < ${now})
                        THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
          firstFailureAt: sql`CASE WHEN ${loginThrottle.firstFailureAt} < ${windowStart}
                          AND (${loginThrottle.lockedUntil} IS NULL OR ${loginThrottle.lockedUntil} < ${now})
                        THEN ${now} ELSE ${loginThrottle.firstFailureAt} END`,
        },
      })
      .returning();
    const over = (row?.failures ?? 0) - FREE_ATTEMPTS[key.kind];
    if (over >= 0) {
      const lockMs = Math.min(60_000 * 2 ** over, MAX_LOCK_MS);
      await db
        .update(loginThrottle)
        .set({ lockedUntil: new Date(now.getTime() + lockMs) })
        .where(eq(loginThrottle.key, keyOf(key)));
    }
  }
}

export async function clearFailures(db: Db, key: ThrottleKey): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, keyOf(key)));
}
