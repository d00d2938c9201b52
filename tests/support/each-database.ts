import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe } from 'vitest';
import { queryRows } from '@/lib/db/client';
import {
  createEmbeddedDatabase,
  createServerDatabase,
  serverAvailable,
  type TestDatabase,
} from './databases';
import { replicaAvailable } from './replica';

const hasServer = await serverAvailable();
if (!hasServer) {
  console.warn(
    'PostgreSQL at TEST_DATABASE_URL or 127.0.0.1:5432 is not reachable: running the embedded database only.',
  );
}
const hasReplica = hasServer && (await replicaAvailable());

export type EachDatabaseOptions = {
  /**
   * On the real server, `readDb` is the streaming replica (TEST_DATABASE_READ_URL or
   * 127.0.0.1:5433) when one answers, else the primary; the seed is replayed there before the
   * suite starts.
   */
  replica?: boolean;
};

/**
 * Runs one suite on the embedded database and on the real server, each in a fresh database
 * made by `setup` (migrated; seed it there) and dropped afterwards.
 */
export function describeEachDatabase(
  title: string,
  body: (get: () => TestDatabase) => void,
  setup: (db: TestDatabase) => Promise<void> = async () => {},
  options: EachDatabaseOptions = {},
) {
  const replica = !!options.replica && hasReplica;
  if (options.replica && hasServer && !hasReplica) {
    console.warn(`${title}: no streaming replica at TEST_DATABASE_READ_URL or 127.0.0.1:5433: reading from the primary.`);
  }
  const drivers = hasServer ? (['pglite', replica ? 'pg, replica' : 'pg'] as const) : (['pglite'] as const);
  for (const driver of drivers) {
    describe(`${title} [${driver}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = driver === 'pglite' ? await createEmbeddedDatabase() : await createServerDatabase('pindai_test', { replica });
        await setup(database);
        await database.replayed();
        if (driver === 'pg, replica') await assertStandby(database);
      });
      afterAll(async () => {
        await database?.drop();
      });
      body(() => {
        if (!database) throw new Error('database not ready');
        return database;
      });
    });
  }
}

/** A suite said to read from the replica does: its read handle is a server in recovery. */
async function assertStandby({ readDb }: TestDatabase) {
  const [row] = await queryRows<{ standby: boolean }>(readDb, sql`SELECT pg_is_in_recovery() AS standby`);
  if (!row?.standby) throw new Error('readDb is not the streaming replica');
}
