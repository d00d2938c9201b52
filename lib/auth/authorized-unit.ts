import type { Unit } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { type Action, type Actor, can } from './permissions';

declare const authorized: unique symbol;

/**
 * A unit that an entry wrapper checked the caller's authority over. Data functions take only
 * this, so a unit read from a URL, a body or a token reaches no query without one of the checks
 * below. The brand exists for the type checker only: at run time it is the plain row.
 */
export type AuthorizedUnit = Unit & { readonly [authorized]: true };

/** The door: a valid poster token lets a visitor check in at its own unit, and nowhere else. */
export type DoorAuthority = { kind: 'poster'; posterId: number };
/** A scanner's API key: its unit and the units below it. */
export type ScannerAuthority = { kind: 'api-key'; keyId: number };
/** Anyone, for the aggregates a unit's admin chose to publish. */
export type PublicAuthority = { kind: 'public' };
/** A queue display's token: its own unit's queue numbers, read-only. */
export type DisplayAuthority = { kind: 'display'; displayId: number };

/** Who stands behind a unit: a signed-in user, or the credential the door, scanners and displays hold. */
export type Authority = Actor | DoorAuthority | ScannerAuthority | PublicAuthority | DisplayAuthority;

// The one place the brand is put on: each function below calls it only after its check passed.
const brand = (unit: Unit) => unit as AuthorizedUnit;

/** A user's unit, once they may do `action` there (a role on it or above, or superadmin). */
export function authorizeUser(actor: Actor, action: Action, unit: Unit): AuthorizedUnit {
  if (!can(actor, action, unit)) throw new AppError('forbidden');
  return brand(unit);
}

/** The unit of a poster that is in use: the token printed on it is the visitor's authority. */
export function authorizePoster(poster: { poster: { unitId: number; revokedAt: Date | null }; unit: Unit }): AuthorizedUnit {
  if (poster.poster.revokedAt || poster.poster.unitId !== poster.unit.id) throw new AppError('forbidden');
  return brand(poster.unit);
}

/** A unit that an API key's unit contains (itself included); null outside the key's subtree. */
export function authorizeBelow(scope: AuthorizedUnit, unit: Unit): AuthorizedUnit | null {
  return unit.path.startsWith(scope.path) ? brand(unit) : null;
}

/** The key's own unit: the key was looked up, not revoked, and names it. */
export function authorizeKeyUnit(key: { unitId: number }, unit: Unit): AuthorizedUnit {
  if (key.unitId !== unit.id) throw new AppError('forbidden');
  return brand(unit);
}

/** The unit of a queue display whose token was looked up and not revoked. */
export function authorizeDisplay(display: { unitId: number; revokedAt: Date | null }, unit: Unit): AuthorizedUnit {
  if (display.revokedAt || display.unitId !== unit.id) throw new AppError('not_found', { message: 'Layar antrean tidak dikenal atau sudah dicabut.' });
  return brand(unit);
}

/** A unit whose admin published its statistics: anyone may read those aggregates. */
export function authorizePublished(unit: Unit, published: boolean): AuthorizedUnit {
  if (!published) throw new AppError('not_found', { message: 'Halaman statistik publik unit ini tidak aktif.' });
  return brand(unit);
}
