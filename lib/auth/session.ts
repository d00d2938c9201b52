import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { getDb } from '@/lib/db/client';
import { loadActor } from './actor';
import { authOptions } from './options';
import type { Actor } from './permissions';

/** Who the session token names, and the session version it was issued under; null when signed out. */
export const getSessionUser = cache(async (): Promise<{ userId: number; sessionVersion: number } | null> => {
  const session = await getServerSession(authOptions);
  const userId = Number(session?.user?.id);
  const sessionVersion = session?.user?.sv;
  if (!Number.isInteger(userId) || userId <= 0 || !Number.isInteger(sessionVersion)) return null;
  return { userId, sessionVersion: sessionVersion! };
});

/**
 * The signed-in user with their roles, read once per request; null when signed out or when the
 * session was ended since (sign-out, password or role change: lib/auth/end-sessions.ts).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const user = await getSessionUser();
  if (!user) return null;
  return loadActor(await getDb(), user.userId, user.sessionVersion);
});
