import { cookies } from 'next/headers';
import { SEEN_COOKIE } from '@/lib/cookie-names';
import { forbidden, notFound, redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import type { Action } from '@/lib/auth/permissions';
import { type Ctx, userCtx } from '@/lib/context';
import { type Db, getDb, getReadDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { getUnit } from '@/lib/tenancy/units';
import { parseId } from '@/lib/validation';


/** Sends a signed-out visitor to the login page, saying so when their session ran out. */
export async function requireActor(returnTo: string) {
  const actor = await getActor();
  if (actor) return actor;
  const expired = (await cookies()).has(SEEN_COOKIE);
  const query = new URLSearchParams({ callbackUrl: returnTo, ...(expired ? { reason: 'expired' } : {}) });
  redirect(`/login?${query}`);
}

/** For pages about the whole installation (its jobs): superadmins only, 403 for anyone else. */
export async function requireSuperadmin(returnTo: string) {
  const actor = await requireActor(returnTo);
  if (!actor.isSuperadmin) forbidden();
  return { db: await getDb(), actor };
}

/**
 * The page-side twin of unitRoute, the one way a page gets an authorised unit: 404 for a bad or
 * unknown id, 403 outside one's subtree.
 */
export async function requireUnit(rawId: string, action: Action, returnTo: string): Promise<Ctx & { readDb: Db }> {
  let unitId: number;
  try {
    unitId = parseId(rawId);
  } catch {
    notFound();
  }
  const actor = await requireActor(returnTo);
  const db = await getDb();
  const unit = await getUnit(db, unitId).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'not_found') notFound();
    throw e;
  });
  try {
    // readDb: for the page's figures, which may lag a moment (a replica when configured).
    return { ...userCtx(db, actor, action, unit), readDb: await getReadDb() };
  } catch (e) {
    if (isAppError(e) && e.code === 'forbidden') forbidden();
    throw e;
  }
}
