import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { memberships, units, users } from '@/lib/db/schema';
import type { Actor } from './permissions';

/** The user with their roles; with a session version, null once that version has been ended. */
export async function loadActor(db: Db, userId: number, sessionVersion?: number): Promise<Actor | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  const held = await db
    .select({ unitId: memberships.unitId, unitPath: units.path, role: memberships.role })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(eq(memberships.userId, userId))
    .orderBy(units.depth, units.name);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isSuperadmin: user.isSuperadmin,
    memberships: held,
  };
}
