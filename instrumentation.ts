/**
 * Runs once per server process: the retention job erases expired visitor keys hourly (and at
 * start). Every instance may run it; the UPDATE is idempotent.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
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
