import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from '@/lib/audit/log';
import { hashPassword } from '@/lib/auth/password';
import { assertMayGrant } from '@/lib/auth/grants';
import { can } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/client';
import { memberships, roles, type Unit, users } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { email, parseInput, personName } from '@/lib/validation';

import type { Ctx } from '@/lib/context';

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
 * Gives a person a role on the unit. A new account gets a one-time password, returned once for
 * the admin to hand over; it is stored only as a hash.
 */
export async function addMember(ctx: Ctx, input: unknown) {
  assertMayManage(ctx);
  const data = parseInput(addMemberInput, input);
  assertMayGrant(ctx.actor, data.role, ctx.unit);
  return ctx.db.transaction(async (tx) => {
    let [user] = await tx.select().from(users).where(eq(users.email, data.email));
    let initialPassword: string | null = null;
    if (!user) {
      initialPassword = randomBytes(9).toString('base64url');
      [user] = await tx
        .insert(users)
        .values({ email: data.email, name: data.name, passwordHash: await hashPassword(initialPassword) })
        .returning();
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
    return { membership: created, initialPassword };
  });
}

async function getMembershipInUnit(db: Db, unit: Unit, membershipId: number) {
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
    const { membership, email: who } = await getMembershipInUnit(tx, ctx.unit, membershipId);
    // Changing a role takes the old one away: the actor must be able to grant both.
    assertMayGrant(ctx.actor, membership.role, ctx.unit);
    assertMayGrant(ctx.actor, data.role, ctx.unit);
    const [updated] = await tx
      .update(memberships)
      .set({ role: data.role })
      .where(eq(memberships.id, membership.id))
      .returning();
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
    const { membership, email: who } = await getMembershipInUnit(tx, ctx.unit, membershipId);
    assertMayGrant(ctx.actor, membership.role, ctx.unit);
    await tx.delete(memberships).where(eq(memberships.id, membership.id));
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

