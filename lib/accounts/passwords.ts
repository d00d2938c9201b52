import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { endSessionsOf } from '@/lib/auth/end-sessions';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { consumePasswordLink, findPasswordLink, revokePasswordLinks } from './password-links';
import { passwordWeakness } from './password-strength';

const secret = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .min(1, `${label} wajib diisi.`)
    .max(200, `${label} terlalu panjang.`);

const changeInput = z.object({
  current: secret('Kata sandi saat ini'),
  next: secret('Kata sandi baru'),
  confirm: secret('Ulangi kata sandi baru'),
});
const setInput = z.object({
  token: z.string().max(100),
  next: secret('Kata sandi baru'),
  confirm: secret('Ulangi kata sandi baru'),
});

function invalid(field: string, message: string): never {
  throw new AppError('invalid', { message, fields: { [field]: message } });
}

async function assertAcceptable(
  next: string,
  confirm: string,
  account: { email: string; name: string },
) {
  if (next !== confirm) invalid('confirm', 'Ulangan kata sandi tidak sama dengan kata sandi baru.');
  const weakness = await passwordWeakness(next, [account.email, account.name]);
  if (weakness) invalid('next', weakness);
}

/** A password nobody knows: an invited account cannot sign in until its owner sets one. */
export async function unusablePasswordHash(): Promise<string> {
  return hashPassword(randomBytes(32).toString('base64url'));
}

/** The signed-in user changes their own password, proving the current one. */
export async function changeOwnPassword(db: Db, actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(changeInput, input);
  const [user] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!user) throw new AppError('unauthorized');
  if (!(await verifyPassword(data.current, user.passwordHash)))
    invalid('current', 'Kata sandi saat ini salah.');
  if (data.next === data.current) invalid('next', 'Kata sandi baru harus berbeda dari yang lama.');
  await assertAcceptable(data.next, data.confirm, user);
  const passwordHash = await hashPassword(data.next);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await revokePasswordLinks(tx, user.id); // a reset link handed out earlier must not undo this
    await endSessionsOf(tx, user.id);
  });
}

/** The page behind a one-time link: whose password it sets, or null when it no longer works. */
export async function passwordLinkAccount(db: Db, token: string) {
  const link = await findPasswordLink(db, token);
  return link && { email: link.email, purpose: link.purpose };
}

const linkGone = () =>
  new AppError('gone', {
    message:
      'Tautan ini tidak berlaku lagi (sudah dipakai atau kedaluwarsa). Minta tautan baru kepada admin unit Anda.',
  });

/** Sets the password through a one-time link, which is used up by it. */
export async function setPasswordWithLink(db: Db, input: unknown): Promise<{ email: string }> {
  const data = parseInput(setInput, input);
  const link = await findPasswordLink(db, data.token);
  if (!link) throw linkGone();
  // Checked before the link is used up, so a refused password leaves the link working.
  await assertAcceptable(data.next, data.confirm, link);
  const passwordHash = await hashPassword(data.next);
  await db.transaction(async (tx) => {
    if (!(await consumePasswordLink(tx, link.linkId))) throw linkGone();
    await tx.update(users).set({ passwordHash }).where(eq(users.id, link.userId));
    await endSessionsOf(tx, link.userId);
  });
  return { email: link.email };
}
