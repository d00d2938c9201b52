import type { Server } from 'node:http';
import { drainSharedWriters } from '@/lib/db/group-commit';
import { processGlobal } from '@/lib/process-global';

type Shutdown = { started: boolean; handlers: Set<() => void | Promise<void>> };
const state = () => processGlobal<Shutdown>('shutdown', () => ({ started: false, handlers: new Set() }));

/**
 * Runs `end` when the instance begins to shut down (at once if it already has); the stop waits
 * for what it returns (a job's batch under way), within the grace period. Call the result to
 * forget it.
 */
export function onShutdown(end: () => void | Promise<void>): () => void {
  const { started, handlers } = state();
  if (started) {
    void end();
    return () => {};
  }
  handlers.add(end);
  return () => handlers.delete(end);
}

/**
 * A graceful stop (SIGTERM): accept nothing new, let the requests under way finish — the
 * check-ins among them are answered only once committed — end live streams (the browser's
 * retry hint brings it back to another instance), and give up on stragglers after `graceMs`.
 * Connections close as soon as they are idle, so a proxy or a keep-alive client moves on.
 */
export async function drainServer(server: Server, graceMs = 10_000): Promise<void> {
  const shutdown = state();
  shutdown.started = true;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const ending = Promise.allSettled([...shutdown.handlers].map((end) => end()));
  shutdown.handlers.clear();
  // A connection accepted just now counts as idle until its request is read: give it a moment
  // to arrive (its answer then says `Connection: close`) before idle ones are closed.
  let idle: NodeJS.Timeout | undefined;
  const firstSweep = setTimeout(() => (idle = setInterval(() => server.closeIdleConnections(), 50)), 250);
  let giveUp: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    giveUp = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, graceMs);
  });
  try {
    await Promise.race([Promise.all([closed.then(drainSharedWriters), ending]), deadline]);
  } finally {
    clearTimeout(firstSweep);
    clearInterval(idle);
    clearTimeout(giveUp);
  }
}
