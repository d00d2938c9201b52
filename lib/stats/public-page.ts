import { notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { cachedPublicStats } from './public-cache';

/** The public page's figures, or the 404 page for a bad id or a unit that has not published. */
export async function publicPageStats(rawId: string) {
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  try {
    return await cachedPublicStats(id);
  } catch (e) {
    if (e instanceof AppError && e.code === 'not_found') notFound();
    throw e;
  }
}
