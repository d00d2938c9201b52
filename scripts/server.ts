/**
 * The production server (`npm start`, the demo, the browser tests, the benchmarks): Next.js for
 * every page and route, except the scanner API's POST /api/v1/checkins, which the same route
 * handler answers straight from node:http. Next's router costs about four times the check-in's
 * own work per request (measured in docs/BENCHMARKS.md); the ingest path is what must scale.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

Object.assign(process.env, { NODE_ENV: 'production' }); // before Next and React load: their production builds
const port = Number(process.env.PORT ?? 3000);
const { default: next } = await import('next');
const { POST: postCheckins } = await import('@/app/api/v1/checkins/route');

const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();

async function checkins(req: IncomingMessage, res: ServerResponse) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const request = new Request(`http://localhost:${port}${req.url}`, {
    method: 'POST',
    headers,
    body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
    duplex: 'half',
  } as RequestInit);
  const response = await postCheckins(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url?.split('?')[0] === '/api/v1/checkins') {
    checkins(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"internal","message":"Terjadi kesalahan di server. Coba lagi."}}');
    });
  } else void handle(req, res);
});
server.listen(port, () => console.log(`Pindai listening on http://localhost:${port}`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  });
}
