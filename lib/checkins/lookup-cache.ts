import type { Db } from '@/lib/db/client';
import type { Unit } from '@/lib/db/schema';
import { processGlobal } from '@/lib/process-global';
import { getUnit } from '@/lib/tenancy/units';

type Entries<K, V> = Map<K, { until: number; value: Promise<V> }>;

/**
 * What every API check-in would otherwise read again (its key, its unit): kept for a few
 * seconds per database per process, so a busy scanner costs no extra round trip per scan.
 * The price is that a change (a revoked key, a new entry policy) reaches other app instances
 * only after `ttlMs`; this instance drops an entry as soon as it makes the change itself.
 */
export class LookupCache<K, V> {
  private readonly byDb: WeakMap<Db, Entries<K, V>>;

  /** Caches of one `name` are one cache within the process (lib/process-global.ts). */
  constructor(
    name: string,
    private readonly ttlMs: number,
  ) {
    this.byDb = processGlobal(`lookup:${name}`, () => new WeakMap<Db, Entries<K, V>>());
  }

  get(db: Db, key: K, load: () => Promise<V>, now = Date.now()): Promise<V> {
    let entries = this.byDb.get(db);
    if (!entries) this.byDb.set(db, (entries = new Map()));
    const hit = entries.get(key);
    if (hit && hit.until > now) return hit.value;
    if (entries.size > 10_000) entries.clear();
    const value = load();
    entries.set(key, { until: now + this.ttlMs, value });
    value.catch(() => entries.delete(key)); // a failed or refused lookup is not remembered
    return value;
  }

  forget(db: Db, key: K): void {
    this.byDb.get(db)?.delete(key);
  }

  drop(db: Db, matches: (value: V) => boolean): void {
    const entries = this.byDb.get(db);
    if (!entries) return;
    for (const [key, { value }] of entries) {
      void value.then((v) => {
        if (matches(v)) entries.delete(key);
      }, () => {});
    }
  }
}

const units = new LookupCache<number, Unit>('units', 5_000);

/** A unit as the check-in API sees it: read at most every five seconds per process. */
export function cachedUnit(db: Db, id: number): Promise<Unit> {
  return units.get(db, id, () => getUnit(db, id));
}

/** Called where a unit's entry policy changes, so this process's next check-in applies it. */
export function forgetUnit(db: Db, id: number): void {
  units.forget(db, id);
}
