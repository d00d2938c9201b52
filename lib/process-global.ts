const store = globalThis as unknown as { pindaiProcess?: Map<string, unknown> };

/**
 * One value per server process under `key`, made on first use and kept on globalThis: Next's
 * dev reloads evaluate modules again, and the production server (scripts/server.ts) loads the
 * check-in API beside Next's own bundle of the same modules; both must find one writer, one
 * set of rate limits, one cache.
 */
export function processGlobal<T>(key: string, create: () => T): T {
  const values = (store.pindaiProcess ??= new Map());
  if (!values.has(key)) values.set(key, create());
  return values.get(key) as T;
}
