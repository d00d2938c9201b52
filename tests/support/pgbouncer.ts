import pg from 'pg';
import { type DbHandle, openDb } from '@/lib/db/client';
import { serverAvailable, type TestDatabase } from './databases';

/**
 * PgBouncer in transaction mode in front of the test server (.ci/pgbouncer starts one):
 * TEST_PGBOUNCER_URL or 127.0.0.1:6432, passing any database name through.
 */
export const bouncerUrl = process.env.TEST_PGBOUNCER_URL || 'postgres://postgres@127.0.0.1:6432/postgres';

export const bouncerAvailable = () => serverAvailable(bouncerUrl);

/**
 * The test database opened as a deployment behind PgBouncer opens it: DATABASE_URL through the
 * pooler, DATABASE_LISTEN_URL straight to the server. Closing it also drops PgBouncer's server
 * connections to the database (its admin console's KILL), so that the database can be dropped.
 */
export async function openThroughBouncer(database: TestDatabase): Promise<DbHandle> {
  const direct = new URL(database.url!);
  const name = direct.pathname.slice(1);
  const pooled = new URL(bouncerUrl);
  pooled.pathname = `/${name}`;
  const handle = await openDb({ url: pooled.toString(), listenUrl: direct.toString() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      pooled.pathname = '/pgbouncer';
      const admin = new pg.Client({ connectionString: pooled.toString() });
      await admin.connect();
      try {
        await admin.query(`KILL ${pg.escapeIdentifier(name)}`);
      } finally {
        await admin.end();
      }
    },
  };
}
