import { onChange } from '@/lib/cache/changes';
import { LookupCache } from '@/lib/cache/lookup';
import { getDb } from '@/lib/db/client';
import { publicStats } from './public';

type PublicStats = Awaited<ReturnType<typeof publicStats>>;

/**
 * A published unit's figures, kept five minutes per process. The admin's switch is announced to
 * every instance (setPublic), so a page switched off is gone everywhere at once; an unpublished
 * unit is never kept (a refused lookup is not remembered).
 */
const figures = new LookupCache<number, PublicStats>('public-stats', 300_000);
onChange('public-stats', () => figures.clear());

export async function cachedPublicStats(unitId: number): Promise<PublicStats> {
  const db = await getDb();
  return figures.get(db, unitId, () => publicStats(db, unitId));
}
