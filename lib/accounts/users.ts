import { eq } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import type { Db } from '@/lib/db/client';
import { memberships, type Role, units, users } from '@/lib/db/schema';

export type AccountSpec = {
  email: string;
  name: string;
  password: string;
  superadmin?: boolean;
  /** A Kemendagri code, or a unit id as a number. */
  unit?: string | number;
  role?: Role;
};

/** Creates the account or resets its name, password and role; used by set-up scripts, not by users. */
export async function upsertAccount(db: Db, spec: AccountSpec) {
  const passwordHash = await hashPassword(spec.password);
  const email = spec.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email, name: spec.name, passwordHash, isSuperadmin: spec.superadmin ?? false })
      .onConflictDoUpdate({
        target: users.email,
        set: { name: spec.name, passwordHash, isSuperadmin: spec.superadmin ?? false },
      })
      .returning();
    if (spec.unit !== undefined && spec.role) {
      const [unit] = await tx
        .select()
        .from(units)
        .where(typeof spec.unit === 'number' ? eq(units.id, spec.unit) : eq(units.code, spec.unit));
      if (!unit) throw new Error(`No unit ${spec.unit}: import the areas first (npm run units:import).`);
      await tx
        .insert(memberships)
        .values({ userId: user!.id, unitId: unit.id, role: spec.role })
        .onConflictDoUpdate({ target: [memberships.userId, memberships.unitId], set: { role: spec.role } });
    }
    return user!;
  });
}
