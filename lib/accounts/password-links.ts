import { randomBytes } from 'node:crypto';
import { secretHash } from '@/lib/auth/secrets';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { passwordLinks, users } from '@/lib/db/schema';

export type PasswordLinkPurpose = 'invite' | 'reset';

/** An admin hands the link over by hand (WhatsApp, in person): a day for a reset, a week to join. */
const LIFETIME_HOURS: Record<PasswordLinkPurpose, number> = { reset: 24, invite: 7 * 24 };

/** The path of the page that redeems a link; the token is its last segment. */
export const passwordLinkPath = (token: string) => `/akun/atur-sandi/${token}`;

// 32 random bytes need no slow hash: a table of sha256s gives an attacker nothing to guess.

/** A token is 43 base64url characters; anything else is not looked up at all. */
const TOKEN = /^[\w-]{43}$/;

/**
 * A fresh one-time link for the user; any earlier unused link of theirs stops working, so only
 * the latest one handed over is live. Returns the token, shown once and never stored.
 */
export async function createPasswordLink(
  db: Db,
  userId: number,
  purpose: PasswordLinkPurpose,
  createdBy: number | null,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await revokePasswordLinks(db, userId);
  await db.insert(passwordLinks).values({
    userId,
    tokenHash: secretHash(token),
    purpose,
    createdBy,
    expiresAt: new Date(Date.now() + LIFETIME_HOURS[purpose] * 3600_000),
  });
  return token;
}

/** Ends every unused link of the user: a newer link, or a password they changed themselves. */
export async function revokePasswordLinks(db: Db, userId: number): Promise<void> {
  await db
    .update(passwordLinks)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordLinks.userId, userId), isNull(passwordLinks.usedAt)));
}

/** The account a live link is for, or null when it is unknown, used or expired. */
export async function findPasswordLink(db: Db, token: string) {
  if (!TOKEN.test(token)) return null;
  const [row] = await db
    .select({
      linkId: passwordLinks.id,
      purpose: passwordLinks.purpose,
      userId: users.id,
      email: users.email,
      name: users.name,
    })
    .from(passwordLinks)
    .innerJoin(users, eq(users.id, passwordLinks.userId))
    .where(
      and(
        eq(passwordLinks.tokenHash, secretHash(token)),
        isNull(passwordLinks.usedAt),
        gt(passwordLinks.expiresAt, new Date()),
      ),
    );
  return row ?? null;
}

/** Marks the link used; false when another request used it first (one statement decides). */
export async function consumePasswordLink(db: Db, linkId: number): Promise<boolean> {
  const used = await db
    .update(passwordLinks)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(passwordLinks.id, linkId),
        isNull(passwordLinks.usedAt),
        gt(passwordLinks.expiresAt, new Date()),
      ),
    )
    .returning({ id: passwordLinks.id });
  return used.length === 1;
}
