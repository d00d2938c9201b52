import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DbHandle, openDb } from '@/lib/db/client';
import { onReplica, waitForReplay } from './replica';

/**
 * Throwaway databases for tests: each suite gets one of its own, migrated with the real
 * migrations, and drops it afterwards. The real server comes from TEST_DATABASE_URL or the
 * local one at 127.0.0.1:5432; the embedded one lives in memory.
 */
export const serverUrl =
  process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** Whether a PostgreSQL server (or a pooler in front of one) answers at `url`. */
export async function serverAvailable(url = serverUrl): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    // In CI the server is part of the set-up (.ci/run starts it): without it, the suites that
    // need two instances or a real server would be left out, so CI stops here instead.
    if (process.env.CI && url === serverUrl) {
      throw new Error(`CI: PostgreSQL at ${serverUrl} does not answer, and the tests that need it must run`, { cause: error });
    }
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * pg-pool's end() resolves before its connections have gone; forcing the drop at once would
 * kill them mid-goodbye (an unhandled FATAL in the test). A plain DROP waits up to five seconds
 * for them; only a connection still open after that is forced out.
 */
async function dropWhenClosed(name: string) {
  try {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name}`));
  } catch (error) {
    if ((error as { code?: string }).code !== '55006') throw error; // 55006: still in use
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

export type TestDatabase = DbHandle & {
  url?: string;
  drop: () => Promise<void>;
  /** Resolves once `readDb` shows every write made so far: at once unless it is a replica. */
  replayed: () => Promise<void>;
};

/**
 * A fresh, migrated database on the real server; `drop()` closes and removes it. With
 * `replica`, its `readDb` is the same database on the streaming replica (tests/support/replica.ts).
 */
export async function createServerDatabase(prefix = 'pindai_test', options: { replica?: boolean } = {}): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const replayed = options.replica ? () => waitForReplay(serverUrl) : async () => {};
  await replayed(); // the replica has the new database before its pool connects
  const handle = await openDb({ url: url.toString(), readUrl: options.replica ? onReplica(name) : undefined });
  await handle.migrate();
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= handle.close()); // a caller may close before dropping
  return {
    ...handle,
    close,
    url: url.toString(),
    replayed,
    drop: async () => {
      await close();
      await dropWhenClosed(name);
    },
  };
}

/** A fresh, migrated embedded database in memory. */
export async function createEmbeddedDatabase(): Promise<TestDatabase> {
  const handle = await openDb({ dataDir: null });
  await handle.migrate();
  return { ...handle, drop: () => handle.close(), replayed: async () => {} };
}
