import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { listenForChanges } from '@/lib/cache/changes';
import { admitRequest } from '@/lib/http/edge';
import { drainServer } from '@/lib/http/shutdown';
import { log } from '@/lib/log';
import { door } from './app';

export type FastPath = {
  /** Whether the request is the door's or the scanner API's, not Next's. */
  owns: (method: string, url: string) => boolean;
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  /** Every request's first step, Next's too (lib/http/edge.ts); false when it answered. */
  admit: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** SIGTERM: stop the server gracefully (lib/http/shutdown.ts). */
  shutdown: (server: Server) => Promise<void>;
};

const DOOR = /^\/c(?:[/?]|$)/;

/**
 * Made inside Next's server bundle (instrumentation.ts) and handed to scripts/server.ts, so the
 * process holds one copy of lib/: one writer, one AppError, one set of caches.
 */
export function createFastPath(): FastPath {
  void listenForChanges().catch((error: unknown) => log.error({ err: error }, 'changes: LISTEN failed'));
  const listener = getRequestListener(door.fetch);
  return {
    owns: (method, url) => DOOR.test(url) || (method === 'POST' && url.split('?')[0] === '/api/v1/checkins'),
    handle: (req, res) => void listener(req, res),
    admit: admitRequest,
    shutdown: (server) => drainServer(server),
  };
}
