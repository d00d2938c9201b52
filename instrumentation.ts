/**
 * Runs once per server process, inside Next's bundle: hands the fast path to scripts/server.ts
 * (so lib/ is loaded once) and starts the scheduled jobs (lib/jobs/), which run once across
 * all instances and stop when the server begins to shut down.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { createFastPath } = await import('@/lib/door/fast-path');
  globalThis.pindaiFastPath = createFastPath();
  const { configuredDbOptions, getDb } = await import('@/lib/db/client');
  const { keepJobsRunning } = await import('@/lib/jobs/runner');
  const { onShutdown } = await import('@/lib/http/shutdown');
  // The worker LISTENs and prepares statements: past a transaction-mode pooler when there is one.
  const { url, listenUrl } = configuredDbOptions();
  const runner = keepJobsRunning({ db: await getDb(), url: listenUrl ?? url });
  onShutdown(() => runner.stop()); // a batch under way finishes before the process exits
}
