import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { email } from '@/lib/validation';
import { dummyHash, verifyPassword } from './password';
import { clearFailures, lockedUntil, recordFailure, type ThrottleKey } from './throttle';

const credentials = z.object({
  email,
  password: z.string().min(1).max(200),
});

/** What the login form shows: the codes travel through next-auth as the error message. */
export type LoginFailure = 'invalid_input' | 'wrong_credentials' | `locked:${number}`;

export type LoginResult = { ok: true; userId: number } | { ok: false; reason: LoginFailure };

export async function attemptLogin(
  db: Db,
  input: { email?: unknown; password?: unknown },
  address: string | null,
  now = new Date(),
): Promise<LoginResult> {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid_input' };
  const keys: ThrottleKey[] = [{ kind: 'email', value: parsed.data.email }];
  if (address) keys.push({ kind: 'ip', value: address });

  const until = await lockedUntil(db, keys, now);
  if (until) return { ok: false, reason: `locked:${until.getTime()}` };

  const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email));
  const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? dummyHash);
  if (!user || !valid) {
    await recordFailure(db, keys, now);
    const lockedNow = await lockedUntil(db, keys, now);
    return { ok: false, reason: lockedNow ? `locked:${lockedNow.getTime()}` : 'wrong_credentials' };
  }
  await clearFailures(db, keys[0]!);
  return { ok: true, userId: user.id };
}
