/**
 * One more app instance in a process of its own (`node --import tsx tests/support/instance-process.ts
 * <database url> [port]`), for tests of what several instances share: the fast path (the door and the
 * scanner API) as scripts/server.ts serves it, plus the public statistics page's cached figures
 * as JSON (that page is Next's; its cache is lib's). It prints its origin once it listens.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAppError } from '@/lib/errors';
import { openDb } from '@/lib/db/client';
import { createFastPath } from '@/lib/door/fast-path';
import { cachedPublicStats } from '@/lib/stats/public-cache';

const handle = await openDb({ url: process.argv[2]! });
(globalThis as unknown as { pindaiDb?: Promise<typeof handle> }).pindaiDb = Promise.resolve(handle);
const fastPath = createFastPath(); // starts this process's LISTEN, as instrumentation.ts does
const STATS = /^\/statistik\/(\d+)\.json$/;

let stopping = false;
const server = createServer((req, res) => {
  if (stopping) res.setHeader('connection', 'close');
  if (!fastPath.admit(req, res)) return;
  const stats = req.url?.match(STATS);
  if (!stats) return fastPath.handle(req, res);
  cachedPublicStats(Number(stats[1])).then(
    (figures) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(figures)),
    (error: unknown) => res.writeHead(isAppError(error) ? error.status : 500).end(),
  );
});
server.listen({ port: Number(process.argv[3] ?? 0), host: '127.0.0.1' }, () => {
  console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
// As scripts/server.ts stops: gracefully.
process.on('SIGTERM', () => {
  stopping = true;
  void fastPath.shutdown(server).finally(() => void handle.close().finally(() => process.exit(0)));
});
