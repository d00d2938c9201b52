import type { Db } from '@/lib/db/client';

/**
 * What every API check-in would otherwise read again (its key, its unit): kept for a few
 * seconds per database per process, so a busy scanner costs no extra round trip per scan.
 * The price is that a change (a revoked key, a new entry policy) reaches other app instances
 * only after `ttlMs`; this instance drops an entry as soon as it makes the change itself.
 */
type Entries<K, V> = Map<K, { until: number; value: Promise<V> }>;
const shared = globalThis as unknown as { pindaiLookupCaches?: Map<string, WeakMap<Db, Entries<unknown, unknown>>> };

export class LookupCache<K, V> {
  private readonly byDb: WeakMap<Db, Entries<K, V>>;

  /** Caches of one `name` are one cache, shared through globalThis like the rate limits (lib/http/rate-limit.ts). */
  constructor(
    name: string,
    private readonly ttlMs: number,
  ) {
    const all = (shared.pindaiLookupCaches ??= new Map());
    this.byDb = (all.get(name) ?? new WeakMap()) as WeakMap<Db, Entries<K, V>>;
    all.set(name, this.byDb as WeakMap<Db, Entries<unknown, unknown>>);
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
