import path from 'node:path';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export const migrationsFolder = path.join(process.cwd(), 'drizzle');

/** Both drivers share drizzle's Postgres query builder; callers never learn which one runs. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DbHandle = {
  db: Db;
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
  /** PGlite's data folder; `null` keeps it in memory (tests). */
  dataDir?: string | null;
  poolSize?: number;
};

export async function openDb(options: DbOptions = {}): Promise<DbHandle> {
  if (options.url) {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    // A server that does not answer must fail fast: the check-in path answers 503 rather than hang.
    const pool = new Pool({ connectionString: options.url, max: options.poolSize ?? 10, connectionTimeoutMillis: 3000 });
    // An idle client's connection dropping (a database restart) emits `error` on the pool; with
    // no listener Node treats it as uncaught. The pool discards that client and carries on.
    // Logged without the error object, which may carry a query's parameters.
    pool.on('error', (error: Error & { code?: string }) => {
      console.error(`pindai: an idle database connection failed (${error.code ?? error.name}); the pool replaces it.`);
    });
    const db = drizzle(pool, { schema });
    const { listenPg } = await import('./listen-pg');
    return {
      db,
      driver: 'pg',
      migrate: () => migrate(db, { migrationsFolder }),
      listen: (channel, onPayload, onReconnect) => listenPg(options.url!, channel, onPayload, onReconnect),
      close: () => pool.end(),
    };
  }
  const { openPglite } = await import('./pglite');
  const { client, release } = await openPglite(options.dataDir ?? null);
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const db = drizzle(client, { schema });
  return {
    db,
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

/** The app's configuration: DATABASE_URL, else PGlite in PINDAI_DATA_DIR (default .data/). */
export function configuredDbOptions(): DbOptions {
  return {
    url: process.env.DATABASE_URL || undefined,
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

/** Rows of a raw query; both drivers return `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
