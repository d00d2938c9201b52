import { sql } from 'drizzle-orm';
import { spawnSync } from 'node:child_process';
import { upsertAccount } from '@/lib/accounts/users';
import { loadActor } from '@/lib/auth/actor';
import { openDb, queryRows } from '@/lib/db/client';
import { createServerDatabase, type TestDatabase } from '../tests/support/databases';

/** One visitor secret for a benchmark's seed and its app, so the seeded registry matches the app's hashes. */
export const BENCH_VISITOR_SECRET = 'bench-visitor-secret-not-for-production';

/** `npm run seed -- --events N --weeks W` into the database at `url`; the seconds it took. */
export function runSeed(url: string, events: number, weeks = 6): number {
  const started = performance.now();
  const args = ['node_modules/tsx/dist/cli.mjs', 'scripts/seed.ts', '--events', String(events), '--weeks', String(weeks)];
  const seed = spawnSync(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, PINDAI_VISITOR_SECRET: BENCH_VISITOR_SECRET },
  });
  if (seed.status !== 0) throw new Error('the seed failed');
  return (performance.now() - started) / 1000;
}

/**
 * The database a benchmark reads: a fresh one on the real server seeded with `events` events,
 * dropped afterwards; or, with `url`, one seeded earlier, left as it is (to repeat a benchmark
 * without seeding ten million events again).
 */
export async function seededDatabase(events: number, url?: string, weeks?: number): Promise<TestDatabase> {
  if (url) {
    const handle = await openDb({ url });
    return { ...handle, url, drop: () => handle.close(), replayed: async () => {} };
  }
  const database = await createServerDatabase('pindai_bench');
  console.log(`Seeding ${events.toLocaleString('en')} events into ${database.url} …`);
  try {
    runSeed(database.url!, events, weeks);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

/** A superadmin of the benchmark's own, as an Actor. */
export async function benchActor(db: TestDatabase['db'], email: string, password = 'Bench#2021-only') {
  const user = await upsertAccount(db, { email, name: 'Bench', password, superadmin: true });
  return (await loadActor(db, user.id))!;
}

/** The event table's size with its indexes, over all its partitions, in MB. */
export async function eventTableMb(db: TestDatabase['db']): Promise<number> {
  const [row] = await queryRows<{ mb: number }>(
    db,
    sql`SELECT (sum(pg_total_relation_size(relid)) / 1048576.0)::float8 AS mb FROM pg_partition_tree('checkin_events')`,
  );
  return row!.mb;
}

/** How many events the database holds (the seed lands within about 1% of what was asked). */
export async function eventCount(db: TestDatabase['db']): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM checkin_events`);
  return row!.n;
}
