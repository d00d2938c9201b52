import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows } from '@/lib/db/client';
import { log } from '@/lib/log';
import {
  createServerDatabase,
  serverAvailable,
  serverUrl,
  type TestDatabase,
} from '../support/databases';
import { eventually } from '../support/eventually';

const hasServer = await serverAvailable();

// Finding 11: a database restart kills the pool's idle connections; without a listener the
// pool's `error` event is an uncaught exception that ends the process.
describe.runIf(hasServer)('database connection errors', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createServerDatabase();
  });
  afterAll(() => database?.drop());

  it('an idle connection killed by the server is logged without parameters and replaced, not thrown', async () => {
    const { db } = database;
    const logged = vi.spyOn(log, 'error').mockImplementation(() => {});
    const uncaught = vi.fn();
    process.on('uncaughtException', uncaught);
    try {
      await queryRows(db, sql`SELECT ${'secret-parameter'}::text AS p`); // leaves one idle client
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      const name = new URL(database.url!).pathname.slice(1);
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      );
      await admin.end();
      await eventually(() => logged.mock.calls.length > 0);
      expect(uncaught).not.toHaveBeenCalled();
      expect(JSON.stringify(logged.mock.calls, (_k, v: unknown) => (v instanceof Error ? { ...v, message: v.message } : v))).not.toContain('secret-parameter');
      expect(await queryRows(db, sql`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
    } finally {
      process.off('uncaughtException', uncaught);
      logged.mockRestore();
    }
  });
});
