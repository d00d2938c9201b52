import type { Authority, AuthorizedUnit } from '@/lib/auth/authorized-unit';
import type { Action, Actor } from '@/lib/auth/permissions';
import { authorizeUser } from '@/lib/auth/authorized-unit';
import type { Db } from '@/lib/db/client';
import type { Unit } from '@/lib/db/schema';

/**
 * What every tenant-scoped query and mutation takes: the database, who acts, and a unit an
 * entry wrapper authorised. Mutations need a signed-in user (the audit log names them); reads
 * take any authority, the door's and the scanners' included.
 */
export type Ctx<A extends Authority = Actor> = { db: Db; actor: A; unit: AuthorizedUnit };

/** A signed-in user's context before any unit is chosen: the unit search, their own account. */
export type UserCtx = Pick<Ctx, 'db' | 'actor'>;

/** A read: any authority's context will do, since what a read returns does not depend on who asks. */
export type ReadCtx = Pick<Ctx<Authority>, 'db' | 'unit'>;

/** A user's context on a unit, forbidden unless they may do `action` there: scripts and wrappers alike. */
export function userCtx(db: Db, actor: Actor, action: Action, unit: Unit): Ctx {
  return { db, actor, unit: authorizeUser(actor, action, unit) };
}
