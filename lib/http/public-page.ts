import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';
import { cachedPublicStats } from '@/lib/stats/public-cache';
import { parseId } from '@/lib/validation';

/** The public page's figures, or the 404 page for a bad id or a unit that has not published. */
export async function publicPageStats(rawId: string) {
  try {
    return await cachedPublicStats(parseId(rawId));
  } catch (e) {
    if (isAppError(e) && e.code === 'not_found') notFound();
    throw e;
  }
}
