import { afterAll, beforeAll, describe } from 'vitest';
import {
  createEmbeddedDatabase,
  createServerDatabase,
  serverAvailable,
  type TestDatabase,
} from './databases';

const hasServer = await serverAvailable();
if (!hasServer) {
  console.warn(
    'PostgreSQL at TEST_DATABASE_URL or 127.0.0.1:5432 is not reachable: running the embedded database only.',
  );
}

/**
 * Runs one suite on the embedded database and on the real server, each in a fresh database
 * made by `setup` (migrated; seed it there) and dropped afterwards.
 */
export function describeEachDatabase(
  title: string,
  body: (get: () => TestDatabase) => void,
  setup: (db: TestDatabase) => Promise<void> = async () => {},
) {
  const drivers = hasServer ? (['pglite', 'pg'] as const) : (['pglite'] as const);
  for (const driver of drivers) {
    describe(`${title} [${driver}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = driver === 'pg' ? await createServerDatabase() : await createEmbeddedDatabase();
        await setup(database);
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
