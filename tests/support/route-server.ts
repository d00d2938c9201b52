import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { DbHandle } from '@/lib/db/client';
import { stampClientAddress } from '@/lib/http/client-address';

// Each handler knows its own params' shape; the server hands over what the pattern matched.
type Handler = (req: Request, ctx: { params: Promise<never> }) => Response | Promise<Response>;
/** A route answers POST unless it names its method. */
export type Routes = [pattern: RegExp, handler: Handler, method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'][];

/**
 * Serves the app's real route handlers over real HTTP (node:http, as `next start` does), against
 * the test's database: the same request parsing, body limits and answers, without a build.
 * Named groups of a pattern become the handler's params.
 */
export async function serveRoutes(handle: DbHandle, routes: Routes): Promise<{ origin: string; close: () => Promise<void> }> {
  // getDb() reads this process-wide handle: point it at the test's database.
  (globalThis as unknown as { pindaiDb?: Promise<DbHandle> }).pindaiDb = Promise.resolve(handle);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes.find(([pattern, , method]) => pattern.test(url.pathname) && req.method === (method ?? 'POST'));
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    const params = url.pathname.match(route[0])!.groups ?? {};
    // As scripts/server.ts does: the client address is the server's decision, never the client's.
    stampClientAddress(req);
    const request = new Request(url, {
      method: req.method,
      headers: toHeaders(req.headers),
      body: req.method === 'GET' ? null : (Readable.toWeb(req) as ReadableStream),
      duplex: 'half',
    } as RequestInit);
    try {
      const response = await route[1](request, { params: Promise.resolve(params) as Promise<never> });
      const headers = Object.fromEntries(response.headers);
      // Answered before the body was read (413): this connection cannot carry another request.
      if (!req.complete) headers.connection = 'close';
      res.writeHead(response.status, headers);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      // Next would answer 500 too: a handler must never throw.
      console.error(error);
      res.writeHead(500).end();
    }
  });
  server.keepAliveTimeout = 30_000;
  // Thousands of clients may connect at once while the embedded database holds the thread.
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function toHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  return headers;
}
