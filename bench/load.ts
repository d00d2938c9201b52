import { Agent, request } from 'node:http';

export type LoadResult = {
  acknowledged: number;
  errors: number;
  seconds: number;
  latenciesMs: number[];
  statuses: Record<string, number>;
  /** Acknowledged including the warm-up, for per-request costs measured over the whole run. */
  acknowledgedInAll: number;
};

/**
 * Closed-loop load: `connections` keep-alive connections, each sending its next request as soon
 * as the last one is answered, for `seconds` after a warm-up that is not counted.
 */
export async function drive(opts: {
  url: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  headers: Record<string, string>;
  body: (n: number) => string;
  acknowledged: (status: number) => boolean;
}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: opts.connections });
  const url = new URL(opts.url);
  let n = 0;
  const send = (payload: string) =>
    new Promise<number>((resolve) => {
      const req = request(
        { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { ...opts.headers, 'content-length': Buffer.byteLength(payload) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', () => resolve(0));
      req.end(payload);
    });
  const start = performance.now();
  const measureFrom = start + opts.warmupSeconds * 1000;
  const end = measureFrom + opts.seconds * 1000;
  const result: LoadResult = { acknowledged: 0, errors: 0, seconds: opts.seconds, latenciesMs: [], statuses: {}, acknowledgedInAll: 0 };
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      while (performance.now() < end) {
        const sent = performance.now();
        const status = await send(opts.body(n++));
        const done = performance.now();
        if (opts.acknowledged(status)) result.acknowledgedInAll++;
        if (sent < measureFrom || done > end) continue; // only requests wholly inside the window
        result.statuses[status] = (result.statuses[status] ?? 0) + 1;
        if (opts.acknowledged(status)) {
          result.acknowledged++;
          result.latenciesMs.push(done - sent);
        } else result.errors++;
      }
    }),
  );
  agent.destroy();
  return result;
}
