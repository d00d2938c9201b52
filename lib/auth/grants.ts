import type { Role } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { id as labels } from '@/lib/i18n/id';
import type { Actor } from './permissions';

/**
 * The grant matrix: the roles each role may give (and change or take away) at or below the
 * unit where it is held. `health` decides who enters every door of its subtree, so only a
 * superadmin grants it; nobody grants a role above their own.
 */
export const grantable = {
  admin: ['admin', 'desk', 'comms', 'official'],
  official: [],
  desk: [],
  comms: [],
  health: [],
} as const satisfies Record<Role, readonly Role[]>;

export function mayGrant(actor: Actor, role: Role, unit: { path: string }): boolean {
  if (actor.isSuperadmin) return true;
  return actor.memberships.some(
    (m) =>
      unit.path.startsWith(m.unitPath) && (grantable[m.role] as readonly Role[]).includes(role),
  );
}

/** Throws `forbidden`, naming the role, unless the actor may grant it on the unit. */
export function assertMayGrant(actor: Actor, role: Role, unit: { path: string }): void {
  if (mayGrant(actor, role, unit)) return;
  const message =
    role === 'health'
      ? `Peran "${labels.roles.health}" hanya dapat diberikan atau diubah oleh superadmin.`
      : `Anda tidak boleh memberikan, mengubah, atau mencabut peran "${labels.roles[role]}" di unit ini.`;
  throw new AppError('forbidden', { message });
}
