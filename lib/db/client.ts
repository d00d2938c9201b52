import path from 'node:path';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { log } from '@/lib/log';
import * as schema from './schema';

export const migrationsFolder = path.join(process.cwd(), 'drizzle');

/** Both drivers share drizzle's Postgres query builder; callers never learn which one runs. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DbHandle = {
  /** The primary: every write, and every read that must see a write just made. */
  db: Db;
  /**
   * Reads that may lag the primary by the replica's delay: dashboards, statistics, exports.
   * The replica when one is configured, else the same handle as `db`.
   */
  readDb: Db;
  driver: 'pg' | 'pglite';
  /** Applies drizzle/ (idempotent: both drivers keep drizzle's journal table). */
  migrate: () => Promise<void>;
  /**
   * LISTENs on a channel on one connection of its own; `onReconnect` runs when the
   * connection was lost and is back, since notifications sent meanwhile are gone.
   */
  listen: (channel: string, onPayload: (payload: string) => void, onReconnect: () => void) => Promise<() => Promise<void>>;
  close: () => Promise<void>;
};

export type DbOptions = {
  /** A postgres:// URL: node-postgres. Without one: embedded PGlite. */
  url?: string;
  /** A read replica's URL for `readDb`; without one, reads go to `url`. Ignored by PGlite. */
  readUrl?: string;
  /**
   * Where LISTEN connects, when `url` goes through a pooler in transaction mode (PgBouncer),
   * which cannot keep a LISTEN: the primary itself. Defaults to `url`.
   */
  listenUrl?: string;
  /** PGlite's data folder; `null` keeps it in memory (tests). */
  dataDir?: string | null;
  poolSize?: number;
};

export async function openDb(options: DbOptions = {}): Promise<DbHandle> {
  if (options.url) {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    const open = (url: string) => {
      // A server that does not answer must fail fast: the check-in path answers 503 rather than hang.
      const pool = new Pool({ connectionString: url, max: options.poolSize ?? 10, connectionTimeoutMillis: 3000 });
      // An idle client whose server went away emits `error`; unheard, it would end the process.
      pool.on('error', (error) => log.error({ err: error }, 'database: an idle connection failed'));
      return pool;
    };
    const pool = open(options.url);
    const db = drizzle(pool, { schema });
    const readPool = options.readUrl ? open(options.readUrl) : null;
    const readDb = readPool ? drizzle(readPool, { schema }) : db;
    const listenUrl = options.listenUrl ?? options.url;
    const { listenPg } = await import('./listen-pg');
    return {
      db,
      readDb,
      driver: 'pg',
      migrate: () => migrate(db, { migrationsFolder }),
      listen: (channel, onPayload, onReconnect) => listenPg(listenUrl, channel, onPayload, onReconnect),
      close: async () => {
        await Promise.all([pool.end(), readPool?.end()]);
      },
    };
  }
  const { openPglite } = await import('./pglite');
  const { client, release } = await openPglite(options.dataDir ?? null);
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const db = drizzle(client, { schema });
  return {
    db,
    // One in-process database: there is no replica to read from.
    readDb: db,
    driver: 'pglite',
    migrate: () => migrate(db, { migrationsFolder }),
    // One in-process database: nothing to lose and nothing to reconnect.
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * The app's configuration: DATABASE_URL (with DATABASE_READ_URL for a replica and
 * DATABASE_LISTEN_URL for a direct connection past a pooler), else PGlite in PINDAI_DATA_DIR
 * (default .data/).
 */
export function configuredDbOptions(): DbOptions {
  return {
    url: process.env.DATABASE_URL || undefined,
    readUrl: process.env.DATABASE_READ_URL || undefined,
    listenUrl: process.env.DATABASE_LISTEN_URL || undefined,
    dataDir: process.env.PINDAI_DATA_DIR || '.data',
  };
}

const globalForDb = globalThis as unknown as { pindaiDb?: Promise<DbHandle> };

/** One handle per server process (kept across dev reloads). */
export function getDbHandle(): Promise<DbHandle> {
  globalForDb.pindaiDb ??= openDb(configuredDbOptions());
  return globalForDb.pindaiDb;
}

export function getDb(): Promise<Db> {
  return getDbHandle().then((h) => h.db);
}

/** The handle for reads that may lag: the replica of DATABASE_READ_URL, else the primary. */
export function getReadDb(): Promise<Db> {
  return getDbHandle().then((h) => h.readDb);
}

/** Rows of a raw query; both drivers return `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
