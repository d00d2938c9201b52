/**
 * Runs once per server process, inside Next's bundle: hands the fast path to scripts/server.ts
 * (so lib/ is loaded once) and runs the retention job hourly (and at start).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { createFastPath } = await import('@/lib/door/fast-path');
  globalThis.pindaiFastPath = createFastPath();
  const { getDb } = await import('@/lib/db/client');
  const { purgeVisitorKeys } = await import('@/lib/checkins/retention');
  const { log } = await import('@/lib/log');
  const run = async () => {
    try {
      const n = await purgeVisitorKeys(await getDb());
      if (n > 0) log.info({ erased: n }, 'retention: visitor keys erased');
    } catch (error) {
      log.error({ err: error }, 'retention job failed');
    }
  };
  setTimeout(run, 30_000).unref();
  setInterval(run, 3600_000).unref();
}
