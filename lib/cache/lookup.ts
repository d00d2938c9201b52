import type { Db } from '@/lib/db/client';
import { processGlobal } from '@/lib/process-global';

type Entry<V> = { until: number; generation: number; value: Promise<V> };
type Store<K, V> = { byDb: WeakMap<Db, Map<K, Entry<V>>>; generation: number };

/**
 * What every check-in would otherwise read again (its key, its unit, its poster, its policies):
 * kept for a few seconds per database per process, so a busy door costs no extra round trip per
 * scan. A change drops the entries at once in this process and, through lib/cache/changes.ts,
 * in the others; `ttlMs` bounds what a lost notification could leave behind.
 */
export class LookupCache<K, V> {
  private readonly store: Store<K, V>;

  /** Caches of one `name` are one cache within the process (lib/process-global.ts). */
  constructor(
    name: string,
    private readonly ttlMs: number,
  ) {
    this.store = processGlobal(`lookup:${name}`, () => ({ byDb: new WeakMap(), generation: 0 }));
  }

  get(db: Db, key: K, load: () => Promise<V>, now = Date.now()): Promise<V> {
    const { byDb, generation } = this.store;
    let entries = byDb.get(db);
    if (!entries) byDb.set(db, (entries = new Map()));
    const hit = entries.get(key);
    if (hit && hit.until > now && hit.generation === generation) return hit.value;
    if (entries.size > 10_000) entries.clear();
    const value = load();
    entries.set(key, { until: now + this.ttlMs, generation, value });
    value.catch(() => entries.delete(key)); // a failed or refused lookup is not remembered
    return value;
  }

  forget(db: Db, key: K): void {
    this.store.byDb.get(db)?.delete(key);
  }

  /** Forgets everything, for every database (a lookup under way is not kept either). */
  clear(): void {
    this.store.generation++;
  }

  drop(db: Db, matches: (value: V) => boolean): void {
    const entries = this.store.byDb.get(db);
    if (!entries) return;
    for (const [key, { value }] of entries) {
      void value.then((v) => {
        if (matches(v)) entries.delete(key);
      }, () => {});
    }
  }
}
