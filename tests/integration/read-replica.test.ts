import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configuredDbOptions, openDb, queryRows } from '@/lib/db/client';
import { units } from '@/lib/db/schema';
import { createEmbeddedDatabase, createServerDatabase, serverAvailable, type TestDatabase } from '../support/databases';
import { replicaAvailable } from '../support/replica';

const hasServer = await serverAvailable();
const hasReplica = hasServer && (await replicaAvailable());

describe('the read handle', () => {
  it('is the primary itself without DATABASE_READ_URL, and always on the embedded database', async () => {
    const embedded = await createEmbeddedDatabase();
    expect(embedded.readDb).toBe(embedded.db);
    await embedded.drop();
    const server = await openDb({ url: 'postgres://postgres@127.0.0.1:1/none' });
    expect(server.readDb).toBe(server.db);
    await server.close();
  });

  it('comes from DATABASE_READ_URL, and LISTEN from DATABASE_LISTEN_URL', () => {
    const set = {
      DATABASE_URL: 'postgres://app@pooler:6432/pindai',
      DATABASE_READ_URL: 'postgres://app@replica:5432/pindai',
      DATABASE_LISTEN_URL: 'postgres://app@primary:5432/pindai',
    };
    const saved = Object.keys(set).map((name) => [name, process.env[name]] as const);
    try {
      Object.assign(process.env, set);
      expect(configuredDbOptions()).toMatchObject({ url: set.DATABASE_URL, readUrl: set.DATABASE_READ_URL, listenUrl: set.DATABASE_LISTEN_URL });
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});

const count = async (db: TestDatabase['db']) => (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM units`))[0]!.n;

describe.runIf(hasReplica)('a read handle on the streaming replica', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createServerDatabase('pindai_test', { replica: true });
    await database.replayed();
  });
  afterAll(() => database?.drop());

  it('reads from a server in recovery and cannot write there', async () => {
    const standby = sql`SELECT pg_is_in_recovery() AS standby`;
    expect(await queryRows(database.readDb, standby)).toEqual([{ standby: true }]);
    expect(await queryRows(database.db, standby)).toEqual([{ standby: false }]);
    await expect(
      database.readDb.insert(units).values({ code: '99', name: 'Uji', kind: 'province', path: '/', depth: 0, timeZone: 'Asia/Jakarta' }),
    ).rejects.toMatchObject({ cause: { code: '25006' } }); // read_only_sql_transaction
  });

  it('sees a write on the primary once the replica has replayed it', async () => {
    const before = await count(database.readDb);
    await database.db.insert(units).values({ code: '98', name: 'Uji', kind: 'province', path: '/', depth: 0, timeZone: 'Asia/Jakarta' });
    await database.replayed();
    expect(await count(database.readDb)).toBe(before + 1);
  });
});
