import type { Db } from '@/lib/db/client';
import type { Unit } from '@/lib/db/schema';
import { onChange } from '@/lib/cache/changes';
import { LookupCache } from '@/lib/cache/lookup';
import { getUnit } from '@/lib/tenancy/units';

const units = new LookupCache<number, Unit>('units', 60_000);
onChange('units', () => units.clear());

/** A unit as the check-in API sees it: read again only after a change to the tree or a minute. */
export function cachedUnit(db: Db, id: number): Promise<Unit> {
  return units.get(db, id, () => getUnit(db, id));
}
