import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';

/**
 * Ends every session of the user on its next request: each session token carries the version
 * it was issued under, and getActor refuses a token whose version is no longer the user's.
 * Called on sign-out, on a password change and on a change of the user's roles.
 */
export async function endSessionsOf(db: Db, userId: number): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}
