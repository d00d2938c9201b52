import { Agent, request } from 'node:http';

export type LoadResult = {
  acknowledged: number;
  errors: number;
  seconds: number;
  latenciesMs: number[];
  statuses: Record<string, number>;
  /** Acknowledged including the warm-up, for per-request costs measured over the whole run. */
  acknowledgedInAll: number;
  /** Units of work started, warm-up included: the next run's `n` starts after them. */
  started: number;
};

/** One unit of work's answer: whether it counts, and what to tally it under. */
export type Answer = { ok: boolean; status: string };

/**
 * Closed-loop load: `connections` workers, each starting its next unit of work (`run(n)`, a
 * request or a whole visitor flow) as soon as the last one is answered, for `seconds` after a
 * warm-up that is not counted.
 */
export async function closedLoop(opts: {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  run: (n: number) => Promise<Answer>;
}): Promise<LoadResult> {
  let n = 0;
  const start = performance.now();
  const measureFrom = start + opts.warmupSeconds * 1000;
  const end = measureFrom + opts.seconds * 1000;
  const result: LoadResult = { acknowledged: 0, errors: 0, seconds: opts.seconds, latenciesMs: [], statuses: {}, acknowledgedInAll: 0, started: 0 };
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      while (performance.now() < end) {
        const sent = performance.now();
        const answer = await opts.run(n++);
        const done = performance.now();
        if (answer.ok) result.acknowledgedInAll++;
        if (sent < measureFrom || done > end) continue; // only work wholly inside the window
        result.statuses[answer.status] = (result.statuses[answer.status] ?? 0) + 1;
        if (answer.ok) {
          result.acknowledged++;
          result.latenciesMs.push(done - sent);
        } else result.errors++;
      }
    }),
  );
  result.started = n;
  return result;
}

/** Closed-loop POSTs of `body(n)` to one URL over keep-alive connections. */
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
  try {
    return await closedLoop({
      ...opts,
      run: async (n) => {
        const status = await send(opts.body(n));
        return { ok: opts.acknowledged(status), status: String(status) };
      },
    });
  } finally {
    agent.destroy();
  }
}
