import { endSessionsOf } from '@/lib/auth/end-sessions';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from '@/lib/audit/log';
import { createPasswordLink, passwordLinkPath } from '@/lib/accounts/password-links';
import { unusablePasswordHash } from '@/lib/accounts/passwords';
import { assertMayGrant, mayGrant } from '@/lib/auth/grants';
import { can } from '@/lib/auth/permissions';
import { memberships, roles, units, users } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { email, parseInput, personName } from '@/lib/validation';

import type { Ctx, ReadCtx } from '@/lib/context';

const roleField = z.enum(roles, { error: 'Pilih peran yang tersedia.' });
export const addMemberInput = z.object({ email, name: personName, role: roleField });
export const changeMemberInput = z.object({ role: roleField });

function assertMayManage({ actor, unit }: Ctx) {
  if (!can(actor, 'members.manage', unit)) throw new AppError('forbidden');
}

export async function listMembers({ db, unit }: Ctx) {
  return db
    .select({
      id: memberships.id,
      role: memberships.role,
      userId: users.id,
      name: users.name,
      email: users.email,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.unitId, unit.id))
    .orderBy(asc(users.name));
}

/**
 * Gives a person a role on the unit. A new account has no password anyone knows: it gets a
 * one-time link, returned once for the admin to hand over, where its owner sets their own.
 */
export async function addMember(ctx: Ctx, input: unknown) {
  assertMayManage(ctx);
  const data = parseInput(addMemberInput, input);
  assertMayGrant(ctx.actor, data.role, ctx.unit);
  return ctx.db.transaction(async (tx) => {
    let [user] = await tx.select().from(users).where(eq(users.email, data.email));
    let setupLink: string | null = null;
    if (!user) {
      [user] = await tx
        .insert(users)
        .values({ email: data.email, name: data.name, passwordHash: await unusablePasswordHash() })
        .returning();
      setupLink = passwordLinkPath(await createPasswordLink(tx, user!.id, 'invite', ctx.actor.id));
    }
    const [created] = await tx
      .insert(memberships)
      .values({ userId: user!.id, unitId: ctx.unit.id, role: data.role })
      .onConflictDoNothing()
      .returning();
    if (!created) {
      throw new AppError('conflict', { message: 'Orang ini sudah menjadi anggota unit ini.' });
    }
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      unitId: ctx.unit.id,
      action: 'member.add',
      targetType: 'membership',
      targetId: created.id,
      after: { email: data.email, role: data.role },
    });
    return { membership: created, setupLink };
  });
}

async function getMembershipInUnit({ db, unit }: ReadCtx, membershipId: number) {
  const [row] = await db
    .select({ membership: memberships, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.unitId, unit.id)));
  if (!row) throw new AppError('not_found', { message: 'Anggota tidak ditemukan di unit ini.' });
  return row;
}

export async function changeMember(ctx: Ctx, membershipId: number, input: unknown) {
  assertMayManage(ctx);
  const data = parseInput(changeMemberInput, input);
  return ctx.db.transaction(async (tx) => {
    const { membership, email: who } = await getMembershipInUnit({ ...ctx, db: tx }, membershipId);
    // Changing a role takes the old one away: the actor must be able to grant both.
    assertMayGrant(ctx.actor, membership.role, ctx.unit);
    assertMayGrant(ctx.actor, data.role, ctx.unit);
    const [updated] = await tx
      .update(memberships)
      .set({ role: data.role })
      .where(eq(memberships.id, membership.id))
      .returning();
    await endSessionsOf(tx, membership.userId); // the member signs in again under the new role
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      unitId: ctx.unit.id,
      action: 'member.change',
      targetType: 'membership',
      targetId: membership.id,
      before: { email: who, role: membership.role },
      after: { email: who, role: data.role },
    });
    return updated!;
  });
}

export async function removeMember(ctx: Ctx, membershipId: number) {
  assertMayManage(ctx);
  await ctx.db.transaction(async (tx) => {
    const { membership, email: who } = await getMembershipInUnit({ ...ctx, db: tx }, membershipId);
    assertMayGrant(ctx.actor, membership.role, ctx.unit);
    await tx.delete(memberships).where(eq(memberships.id, membership.id));
    await endSessionsOf(tx, membership.userId);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      unitId: ctx.unit.id,
      action: 'member.remove',
      targetType: 'membership',
      targetId: membership.id,
      before: { email: who, role: membership.role },
    });
  });
}

/**
 * An admin resets a member's password: a one-time link for the member, never a password the
 * admin sees. Only over an account whose every role the admin could have granted (so no admin
 * takes over an account that reaches beyond its own reach), and never a superadmin's.
 */
export async function resetMemberPassword(
  ctx: Ctx,
  membershipId: number,
): Promise<{ resetLink: string }> {
  assertMayManage(ctx);
  return ctx.db.transaction(async (tx) => {
    const { membership, email: who } = await getMembershipInUnit({ ...ctx, db: tx }, membershipId);
    const [target] = await tx
      .select({ isSuperadmin: users.isSuperadmin })
      .from(users)
      .where(eq(users.id, membership.userId));
    const held = await tx
      .select({ role: memberships.role, path: units.path })
      .from(memberships)
      .innerJoin(units, eq(units.id, memberships.unitId))
      .where(eq(memberships.userId, membership.userId));
    if (target?.isSuperadmin || !held.every((m) => mayGrant(ctx.actor, m.role, m))) {
      throw new AppError('forbidden', {
        message:
          'Akun ini juga memegang peran di luar wewenang Anda: minta admin di atasnya atau superadmin untuk mengatur ulang kata sandinya.',
      });
    }
    const token = await createPasswordLink(tx, membership.userId, 'reset', ctx.actor.id);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      unitId: ctx.unit.id,
      action: 'member.password_reset',
      targetType: 'membership',
      targetId: membership.id,
      after: { email: who },
    });
    return { resetLink: passwordLinkPath(token) };
  });
}
