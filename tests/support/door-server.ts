import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { DbHandle } from '@/lib/db/client';
import { door } from '@/lib/door/app';
import { admitRequest } from '@/lib/http/edge';

/** The fast path (the door and the scanner API) over real HTTP, against the test's database. */
export async function serveDoor(handle: DbHandle): Promise<{ origin: string; close: () => Promise<void> }> {
  // getDb() reads this process-wide handle: point it at the test's database.
  (globalThis as unknown as { pindaiDb?: Promise<DbHandle> }).pindaiDb = Promise.resolve(handle);
  const listener = getRequestListener(door.fetch);
  const server = createServer((req, res) => {
    if (admitRequest(req, res)) void listener(req, res);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
