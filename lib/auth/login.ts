import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { email } from '@/lib/validation';
import { dummyHash, verifyPassword } from './password';
import { blockedUntil, clearFailures, recordFailure } from './throttle';

const credentials = z.object({
  email,
  password: z.string().min(1).max(200),
});

/** What the login form shows: the codes travel through next-auth as the error message. */
export type LoginFailure = 'invalid_input' | 'wrong_credentials' | `locked:${number}`;

export type LoginResult =
  | { ok: true; userId: number; sessionVersion: number }
  | { ok: false; reason: LoginFailure };

/**
 * Checks a login form from `address` (the client's address as lib/http/rate-limit.ts reads it).
 * While the (account, address) pair or the address has used its failures, even the right
 * password is refused from there, and the answer says until when.
 */
export async function attemptLogin(
  db: Db,
  input: { email?: unknown; password?: unknown },
  address: string,
): Promise<LoginResult> {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid_input' };
  const source = { email: parsed.data.email, address };

  const until = await blockedUntil(db, source);
  if (until) return { ok: false, reason: `locked:${until.getTime()}` };

  const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email));
  const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? dummyHash);
  if (!user || !valid) {
    const lockedNow = await recordFailure(db, source);
    return { ok: false, reason: lockedNow ? `locked:${lockedNow.getTime()}` : 'wrong_credentials' };
  }
  await clearFailures(db, source);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
