import { sql } from 'drizzle-orm';
import { spawnSync } from 'node:child_process';
import { openDb, queryRows } from '@/lib/db/client';
import { createServerDatabase, type TestDatabase } from '../tests/support/databases';

/**
 * The database a benchmark reads: a fresh one on the real server seeded with `events` events
 * (scripts/seed.ts), dropped afterwards; or, with `url`, one seeded earlier, left as it is
 * (to repeat a benchmark without seeding ten million events again).
 */
export async function seededDatabase(events: number, url?: string): Promise<TestDatabase> {
  if (url) {
    const handle = await openDb({ url });
    return { ...handle, url, drop: () => handle.close() };
  }
  const database = await createServerDatabase('pindai_bench');
  console.log(`Seeding ${events.toLocaleString('en')} events into ${database.url} …`);
  const seed = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/seed.ts', '--events', String(events)], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: database.url },
  });
  if (seed.status !== 0) {
    await database.drop();
    throw new Error('the seed failed');
  }
  return database;
}

/** How many events the database holds (the seed lands within about 1% of what was asked). */
export async function eventCount(db: TestDatabase['db']): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM checkin_events`);
  return row!.n;
}
