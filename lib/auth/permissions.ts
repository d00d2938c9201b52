import type { Role } from '@/lib/db/schema';

/**
 * The permission matrix: which roles may do each action. A role held on a unit holds over that
 * unit's whole subtree; a superadmin may do everything everywhere.
 */
export const permissions = {
  // The health office reads the figures it helps shape (entry decisions come from its registry).
  'unit.view': ['official', 'admin', 'desk', 'comms', 'health'],
  'desk.use': ['desk', 'admin'],
  'units.manage': ['admin'],
  'members.manage': ['admin'],
  'audit.view': ['admin'],
  'services.manage': ['admin'],
  'posters.manage': ['admin'],
  'apikeys.manage': ['admin'],
  // The counter's televisions: like scanner keys, a credential the admin hands out and revokes.
  'displays.manage': ['admin'],
  'registry.import': ['health'],
  // Humas pulls figures and exports; the public page is the unit admin's decision.
  'stats.view': ['official', 'admin', 'comms'],
  'stats.export': ['official', 'admin', 'comms'],
  'stats.publish': ['admin'],
  // Survey suggestions are the visitors' own words: read by those who answer for the service.
  'skm.suggestions': ['admin', 'comms'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

export type ActorMembership = { unitId: number; unitPath: string; role: Role };

export type Actor = {
  id: number;
  email: string;
  name: string;
  isSuperadmin: boolean;
  memberships: ActorMembership[];
};

export function can(actor: Actor, action: Action, unit: { path: string }): boolean {
  if (actor.isSuperadmin) return true;
  const allowed: readonly Role[] = permissions[action];
  return actor.memberships.some((m) => unit.path.startsWith(m.unitPath) && allowed.includes(m.role));
}

/** The roles the actor holds over a unit (from that unit or any ancestor). */
export function rolesOn(actor: Actor, unit: { path: string }): Role[] {
  return [...new Set(actor.memberships.filter((m) => unit.path.startsWith(m.unitPath)).map((m) => m.role))];
}
