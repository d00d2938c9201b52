import { createHash } from 'node:crypto';
import type { Pool, QueryConfig } from 'pg';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { type DbHandle, getDbHandle } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { processGlobal } from '@/lib/process-global';

/** The table our migrations create (lib/db/schema/rate-limits.ts), in the library's own layout. */
const TABLE = 'rate_limits';

export type LimitSpec = {
  /** Keys of different limits never meet: each is stored under its name. */
  name: string;
  points: number;
  seconds: number;
};

function createLimiter(handle: DbHandle, spec: LimitSpec): RateLimiterAbstract {
  const base = { keyPrefix: spec.name, points: spec.points, duration: spec.seconds };
  // The embedded database belongs to one process: its limits may live in that process.
  if (handle.driver === 'pglite') return new RateLimiterMemory(base);
  const pool = (handle.db as unknown as { $client: Pool }).$client;
  return new RateLimiterPostgres({
    ...base,
    // The library names its statements ('rlflx-upsert'), which a pooler in transaction mode
    // (PgBouncer before 1.21) cannot keep: the next use may land on a server connection that
    // never prepared it. Sent unnamed, each query is parsed where it runs.
    storeClient: { query: ({ text, values }: QueryConfig) => pool.query({ text, values }) },
    storeType: 'pool',
    tableName: TABLE,
    tableCreated: true,
    // A key past its limit is refused from memory until its window ends: an abusive client
    // costs this instance no further round trips.
    inMemoryBlockOnConsumed: spec.points + 1,
  });
}

// A store key of bounded length: whatever a client sends, the row fits varchar(255).
const storeKey = (key: string) => (key.length > 128 ? createHash('sha256').update(key).digest('hex') : key);

const rateLimited = (res: RateLimiterRes) => {
  const retryAfter = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return new AppError('rate_limited', {
    message: `Terlalu banyak permintaan. Coba lagi dalam ${retryAfter} detik.`,
    retryAfter,
  });
};

// The store itself failed (the database is away): that is an outage, never a client's fault.
const storeDown = (cause: unknown) =>
  new AppError('unavailable', { message: 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.', cause });

/**
 * A limit every instance shares: counted in PostgreSQL with rate-limiter-flexible (one upsert
 * per consume), or in memory with the embedded database. Refusals are AppError
 * `rate_limited` with Retry-After; a store that cannot answer is `unavailable` (503).
 */
export class SharedLimit {
  constructor(readonly spec: LimitSpec) {}

  private async limiter(): Promise<RateLimiterAbstract> {
    const handle = await getDbHandle();
    // One limiter per database and limit per process, so that in-memory counts are shared.
    const limiters = processGlobal('rate-limiters', () => new WeakMap<DbHandle['db'], Map<string, RateLimiterAbstract>>());
    let byName = limiters.get(handle.db);
    if (!byName) limiters.set(handle.db, (byName = new Map()));
    let limiter = byName.get(this.spec.name);
    if (!limiter) byName.set(this.spec.name, (limiter = createLimiter(handle, this.spec)));
    return limiter;
  }

  /** Counts `points` against `key`; throws `rate_limited` once the key is past its limit. */
  async consume(key: string, points = 1): Promise<void> {
    const limiter = await this.limiter();
    try {
      await limiter.consume(storeKey(key), points);
    } catch (error) {
      throw error instanceof RateLimiterRes ? rateLimited(error) : storeDown(error);
    }
  }

  /** Throws `rate_limited` if `key` is already past its limit, without counting. */
  async assertOpen(key: string): Promise<void> {
    const limiter = await this.limiter();
    let res: RateLimiterRes | null;
    try {
      res = await limiter.get(storeKey(key));
    } catch (error) {
      throw storeDown(error);
    }
    if (res && res.consumedPoints > this.spec.points) throw rateLimited(res);
  }
}

