import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import type { UserCtx } from '@/lib/context';
import { digestSettings } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';

/** Those who answer for the units below them: the digest is theirs, and on unless they turn it off. */
export const digestRoles: readonly Role[] = ['official', 'admin'];

export const mayReceiveDigest = (actor: Pick<Actor, 'memberships'>) =>
  actor.memberships.some((m) => digestRoles.includes(m.role));

const settingInput = z.object({ enabled: z.boolean({ error: 'Pilih nyala atau mati.' }) }).strict();

/** Whether the user gets the morning digest; null when their roles get none. */
export async function digestEnabled({ db, actor }: UserCtx): Promise<boolean | null> {
  if (!mayReceiveDigest(actor)) return null;
  const [row] = await db
    .select({ enabled: digestSettings.enabled })
    .from(digestSettings)
    .where(eq(digestSettings.userId, actor.id));
  return row?.enabled ?? true;
}

/** The user turns their own digest on or off. */
export async function setDigestEnabled(
  { db, actor }: UserCtx,
  input: unknown,
): Promise<{ enabled: boolean }> {
  if (!mayReceiveDigest(actor)) {
    throw new AppError('forbidden', {
      message: 'Ringkasan harian hanya untuk pemantau dan admin unit.',
    });
  }
  const { enabled } = parseInput(settingInput, input);
  await db
    .insert(digestSettings)
    .values({ userId: actor.id, enabled })
    .onConflictDoUpdate({ target: digestSettings.userId, set: { enabled } });
  return { enabled };
}
