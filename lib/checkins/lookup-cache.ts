import type { Db } from '@/lib/db/client';
import type { Unit } from '@/lib/db/schema';
import { LookupCache } from '@/lib/cache/lookup';
import { getUnit } from '@/lib/tenancy/units';

const units = new LookupCache<number, Unit>('units', 5_000);

/** A unit as the check-in API sees it: read at most every five seconds per process. */
export function cachedUnit(db: Db, id: number): Promise<Unit> {
  return units.get(db, id, () => getUnit(db, id));
}
