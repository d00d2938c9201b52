import { asc, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { type Role, type UnitKind, units } from '@/lib/db/schema';

/** Where a user starts: the units they hold roles on, or the provinces for a superadmin. */
export async function homeUnits(
  actor: Actor,
): Promise<{ id: number; name: string; kind: UnitKind; role: Role | null }[]> {
  const db = await getDb();
  if (actor.isSuperadmin) {
    const roots = await db
      .select({ id: units.id, name: units.name, kind: units.kind })
      .from(units)
      .where(isNull(units.parentId))
      .orderBy(asc(units.code), asc(units.name));
    return roots.map((u) => ({ ...u, role: null }));
  }
  const ids = actor.memberships.map((m) => m.unitId);
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: units.id, name: units.name, kind: units.kind })
    .from(units)
    .where(inArray(units.id, ids));
  return actor.memberships.map((m) => ({ ...rows.find((r) => r.id === m.unitId)!, role: m.role }));
}

/**
 * Where a role works on its unit: the desk at the counter, Humas among the figures it
 * publishes, the health office at its registry; officials and admins on the overview.
 */
export function roleHome(unitId: number, role: Role | null): string {
  const page =
    role === 'desk' ? '/desk' : role === 'comms' ? '/stats' : role === 'health' ? '/registry' : '';
  return `/u/${unitId}${page}`;
}
