import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { listenForChanges } from '@/lib/cache/changes';
import { stampClientAddress } from '@/lib/http/client-address';
import { door } from './app';

export type FastPath = {
  /** Whether the request is the door's or the scanner API's, not Next's. */
  owns: (method: string, url: string) => boolean;
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  /** Sets the client's address on every request, Next's too, before anything reads it. */
  stamp: (req: IncomingMessage) => void;
};

const DOOR = /^\/c(?:[/?]|$)/;

/**
 * Made inside Next's server bundle (instrumentation.ts) and handed to scripts/server.ts, so the
 * process holds one copy of lib/: one writer, one AppError, one set of caches.
 */
export function createFastPath(): FastPath {
  void listenForChanges().catch((error: unknown) => console.error('changes: LISTEN failed', error));
  const listener = getRequestListener(door.fetch);
  return {
    owns: (method, url) => DOOR.test(url) || (method === 'POST' && url.split('?')[0] === '/api/v1/checkins'),
    handle: (req, res) => void listener(req, res),
    stamp: stampClientAddress,
  };
}
