import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { getDb } from '@/lib/db/client';
import { loadActor } from './actor';
import { authOptions } from './options';
import type { Actor } from './permissions';

/** The signed-in user with their roles, read once per request; null when signed out. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  return loadActor(await getDb(), id);
});
