import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';
import { parseId } from '@/lib/validation';
import { cachedPublicStats } from './public-cache';

/** The public page's figures, or the 404 page for a bad id or a unit that has not published. */
export async function publicPageStats(rawId: string) {
  try {
    return await cachedPublicStats(parseId(rawId));
  } catch (e) {
    if (isAppError(e) && e.code === 'not_found') notFound();
    throw e;
  }
}
