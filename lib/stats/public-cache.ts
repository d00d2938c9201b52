import { unstable_cache } from 'next/cache';
import { getDb } from '@/lib/db/client';
import { publicStats } from './public';

/** Cached for five minutes per unit; the admin's switch drops the unit's copy (its tag). */
export const publicStatsTag = (unitId: number) => `public-stats-${unitId}`;

export function cachedPublicStats(unitId: number) {
  return unstable_cache(async () => publicStats(await getDb(), unitId), ['public-stats', String(unitId)], {
    revalidate: 300,
    tags: [publicStatsTag(unitId)],
  })();
}
