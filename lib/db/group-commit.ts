import { log } from '@/lib/log';
import { processGlobal } from '@/lib/process-global';
import type { Db } from './client';
import { isDatabaseUnavailable } from './unavailable';

export type GroupCommitOptions = {
  /** How long the first row of a batch waits for company. */
  maxWaitMs?: number;
  maxBatch?: number;
  /** Past this many waiting rows new ones are refused, bounding memory. */
  maxQueue?: number;
  /** While the database is unreachable, refuse at once for this long instead of piling up. */
  cooldownMs?: number;
};

type Pending<Row, Result> = { row: Row; resolve: (r: Result) => void; reject: (e: unknown) => void };

type Spec<Row, Result> = {
  /** Writes rows in one go and answers each, in order; throws if any row fails. */
  write: (rows: Row[]) => Promise<Result[]>;
  /** The error callers get when their row was not written. */
  unavailable: (cause?: unknown) => Error;
  /** What the rows are, for the log. */
  what: string;
  /** One order every instance shares, so concurrent batches take index locks alike. */
  order?: (a: Row, b: Row) => number;
};

/**
 * Group commit: rows that arrive together are written by one statement, and each caller is
 * answered only after it committed. One batch is in flight at a time; the next collects while
 * it runs, so batches grow with the load. A batch that fails for a row's sake is split until
 * the failing rows fail alone; only an unreachable database refuses everyone, for a cool-down.
 */
export class GroupCommit<Row, Result> {
  private queue: Pending<Row, Result>[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing = false;
  private downUntil = 0;
  private readonly opts: Required<GroupCommitOptions>;

  constructor(
    private readonly spec: Spec<Row, Result>,
    options: GroupCommitOptions = {},
  ) {
    this.opts = { maxWaitMs: 4, maxBatch: 500, maxQueue: 5000, cooldownMs: 2000, ...options };
  }

  submit(row: Row): Promise<Result> {
    if (Date.now() < this.downUntil || this.queue.length >= this.opts.maxQueue) return Promise.reject(this.spec.unavailable());
    return new Promise((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      this.kick(this.queue.length >= this.opts.maxBatch ? 0 : this.opts.maxWaitMs);
    });
  }

  /** Resolves once every row handed over so far has been written (or refused). */
  async drain(): Promise<void> {
    while (this.queue.length > 0 || this.flushing || this.timer) await new Promise((r) => setTimeout(r, 5));
  }

  private kick(delay: number) {
    if (this.flushing) return; // the running flush picks the queue up when it ends
    if (delay === 0 || !this.timer) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), delay);
    }
  }

  private async flush() {
    this.timer = null;
    if (this.flushing || this.queue.length === 0) return;
    this.flushing = true;
    const batch = this.queue.splice(0, this.opts.maxBatch);
    const { order } = this.spec;
    if (order) batch.sort((a, b) => order(a.row, b.row));
    try {
      await this.writeOrSplit(batch);
    } finally {
      this.flushing = false;
      if (this.queue.length > 0) this.kick(0);
    }
  }

  private async writeOrSplit(batch: Pending<Row, Result>[]): Promise<void> {
    try {
      const results = await this.spec.write(batch.map((p) => p.row));
      batch.forEach((p, i) => p.resolve(results[i]!));
    } catch (cause) {
      if (isDatabaseUnavailable(cause)) {
        log.error({ err: cause, rows: batch.length }, `${this.spec.what}: the database is unreachable`);
        this.downUntil = Date.now() + this.opts.cooldownMs;
      } else if (batch.length > 1) {
        const half = Math.ceil(batch.length / 2);
        await this.writeOrSplit(batch.slice(0, half));
        return this.writeOrSplit(batch.slice(half));
      } else log.error({ err: cause }, `${this.spec.what}: a row could not be written`);
      const error = this.spec.unavailable(cause);
      batch.forEach((p) => p.reject(error));
    }
  }
}

type Drainable = { drain(): Promise<void> };
const shared = () => processGlobal('group-commits', () => new Map<string, Map<Db, Drainable>>());

/** One writer of a kind per database per process, so that concurrent requests share batches. */
export function sharedWriter<W extends Drainable>(kind: string, db: Db, make: (db: Db) => W): W {
  const byDb = shared().get(kind) ?? new Map<Db, Drainable>();
  shared().set(kind, byDb);
  let writer = byDb.get(db) as W | undefined;
  if (!writer) byDb.set(db, (writer = make(db)));
  return writer;
}

/** Waits until every shared writer of the process has written what it holds (a graceful stop). */
export async function drainSharedWriters(): Promise<void> {
  await Promise.all([...shared().values()].flatMap((byDb) => [...byDb.values()].map((w) => w.drain())));
}
