import type { Db } from '@/lib/db/client';
import type { Unit } from '@/lib/db/schema';
import { loadActor } from './actor';
import { type Action, can } from './permissions';

export type SessionUser = { userId: number; sessionVersion: number };

/**
 * Whether a session that was let in may still do `action` on the unit: its session not ended
 * (sign-out, password or role change) and the role still held. Long-lived answers (the live
 * stream) ask again while they run.
 */
export async function mayStill(db: Db, user: SessionUser, action: Action, unit: Pick<Unit, 'path'>): Promise<boolean> {
  const actor = await loadActor(db, user.userId, user.sessionVersion);
  return !!actor && can(actor, action, unit);
}
