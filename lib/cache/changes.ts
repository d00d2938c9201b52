import { sql } from 'drizzle-orm';
import { type Db, type DbHandle, getDbHandle } from '@/lib/db/client';
import { processGlobal } from '@/lib/process-global';

/**
 * What changed, for the caches that keep it: posters and services at the door, entry policies,
 * scanner keys, the unit tree (units and district codes), which units publish statistics, and
 * queue displays.
 */
export type ChangeTopic = 'posters' | 'policies' | 'api-keys' | 'units' | 'public-stats' | 'displays';

export const CHANGES_CHANNEL = 'pindai_changes';

type Unlisten = () => Promise<void>;
type Registry = { handlers: Map<ChangeTopic, Set<() => void>>; listening: WeakMap<DbHandle, Promise<Unlisten>> };

const registry = () =>
  processGlobal<Registry>('changes', () => ({ handlers: new Map(), listening: new WeakMap() }));

function apply(topic: ChangeTopic | 'all') {
  for (const [t, handlers] of registry().handlers) if (topic === 'all' || t === topic) handlers.forEach((h) => h());
}

/** Runs `forget` whenever `topic` changes, in this process or (once listening) any other. */
export function onChange(topic: ChangeTopic, forget: () => void): void {
  const { handlers } = registry();
  if (!handlers.has(topic)) handlers.set(topic, new Set());
  handlers.get(topic)!.add(forget);
}

/**
 * Tells every instance that `topic` changed: this one at once, the others through NOTIFY.
 * Call it after the change committed, so no cache reads the old row again.
 */
export async function announceChange(db: Db, topic: ChangeTopic): Promise<void> {
  apply(topic);
  await db.execute(sql`SELECT pg_notify(${CHANGES_CHANNEL}, ${topic})`);
}

/** Starts this process's LISTEN once per database; after a lost connection every cache is dropped. */
export async function listenForChanges(handle?: DbHandle): Promise<Unlisten> {
  const h = handle ?? (await getDbHandle());
  const { listening } = registry();
  let started = listening.get(h);
  if (!started) {
    started = h.listen(CHANGES_CHANNEL, (topic) => apply(topic as ChangeTopic), () => apply('all'));
    listening.set(h, started);
    started.catch(() => listening.delete(h));
  }
  return started;
}
