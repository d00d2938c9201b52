/**
 * The production server (`npm start`, the demo, the browser tests, the benchmarks): Next.js for
 * every page and route, except the visitor's door (/c…) and the scanner API's POST
 * /api/v1/checkins, which the fast path answers without Next's router (about four times the
 * requests per second, docs/BENCHMARKS.md). The fast path is built inside Next's bundle
 * (instrumentation.ts): this file loads no part of lib/ itself, so the process has one copy.
 */
import { createServer } from 'node:http';

const dev = process.argv.includes('--dev'); // `npm run dev`: Next's dev server behind the same fast path
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' }); // before Next and React load
const port = Number(process.env.PORT ?? 3000);
const { default: next } = await import('next');

const app = next({ dev, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();
const fastPath = globalThis.pindaiFastPath;
if (!fastPath) throw new Error('instrumentation.ts did not register the fast path: is the build current (npm run build)?');

let stopping = false;
const server = createServer((req, res) => {
  if (stopping) res.setHeader('connection', 'close'); // the client's next request goes elsewhere
  if (!fastPath.admit(req, res)) return;
  if (fastPath.owns(req.method ?? 'GET', req.url ?? '/')) fastPath.handle(req, res);
  else void handle(req, res);
});
server.listen(port, () => console.log(`Pindai listening on http://localhost:${port}`));

// A rolling restart sends SIGTERM: finish what is under way (every acknowledged check-in is
// committed), end live streams with their retry hint, then exit. A second signal exits at once.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    void fastPath
      .shutdown(server)
      .then(() => app.close())
      .finally(() => process.exit(0));
  });
}
