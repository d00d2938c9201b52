import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { purgeVisitorKeys } from '@/lib/checkins/retention';
import { insertBatchSql, type NewCheckin } from '@/lib/checkins/ingest-sql';
import { type Db, openDb, queryRows } from '@/lib/db/client';
import type { Job } from '@/lib/jobs/job';
import { purgeVisitorKeysJob } from '@/lib/jobs/purge-visitor-keys';
import { startJobRunner } from '@/lib/jobs/runner';
import { listJobRuns, runRecorded } from '@/lib/jobs/runs';
import { rollupMismatches, tableCounts } from '../support/checkin-checks';
import {
  createEmbeddedDatabase,
  createServerDatabase,
  serverAvailable,
  type TestDatabase,
} from '../support/databases';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, seedAreas, unitByCode } from '../support/fixtures';

const TA = '32.16.08.1008';
const DAY = 24 * 3600_000;
const OLD = 2600; // past the 30 days kept
const RECENT = 150;

/** Check-ins with visitor keys through the real batch insert (events and rollups): old and recent. */
async function seedCheckins(db: Db) {
  const unit = await unitByCode(db, TA);
  const row = (i: number, daysAgo: number): NewCheckin => ({
    unitId: unit.id,
    serviceId: null,
    posterId: null,
    kind: 'in',
    status: 'hijau',
    admitted: true,
    reason: null,
    channel: 'qr',
    visitorKey: `key-${daysAgo}-${i}`,
    occurredAt: new Date(Date.now() - daysAgo * DAY - i * 1000),
    apiKeyId: null,
    idempotencyKey: null,
  });
  for (let start = 0; start < OLD; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, OLD - start) }, (_, i) =>
      row(start + i, 31 + ((start + i) % 40)),
    );
    await db.execute(insertBatchSql(rows));
  }
  await db.execute(insertBatchSql(Array.from({ length: RECENT }, (_, i) => row(i, i % 29))));
}

/** What the purge must leave alone: every row count and every rollup total. */
async function kept(db: Db) {
  const [keys] = await queryRows<{ old: number; recent: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE occurred_at < now() - interval '30 days')::int AS old,
               count(*) FILTER (WHERE occurred_at >= now() - interval '30 days')::int AS recent
        FROM checkin_events WHERE visitor_key IS NOT NULL`,
  );
  const [rollups] = await queryRows<{ hour: number; day: number }>(
    db,
    sql`SELECT (SELECT sum(n)::int FROM rollup_unit_hour) AS hour, (SELECT sum(n)::int FROM rollup_unit_day) AS day`,
  );
  return { keys, rollups, counts: await tableCounts(db) };
}

describeEachDatabase(
  'the retention purge',
  (get) => {
    it('erases every key past retention in bounded batches, each its own transaction, and nothing else', async () => {
      const { db } = get();
      const before = await kept(db);
      expect(before.keys).toEqual({ old: OLD, recent: RECENT });

      // Shutting down stops it after the batch under way; the next run erases the rest.
      const shutdown = new AbortController();
      shutdown.abort();
      expect(await purgeVisitorKeys(db, { batchSize: 1000, signal: shutdown.signal })).toBe(1000);
      expect(await purgeVisitorKeys(db, { batchSize: 1000 })).toBe(OLD - 1000);

      const after = await kept(db);
      expect(after.keys).toEqual({ old: 0, recent: RECENT });
      expect(after.counts).toEqual(before.counts);
      expect(after.rollups).toEqual(before.rollups);
      expect(await rollupMismatches(db)).toEqual([]);
      // Each batch commits on its own: the erased rows carry one transaction id per batch.
      const [batches] = await queryRows<{ n: number }>(
        db,
        sql`SELECT count(DISTINCT xmin::text)::int AS n FROM checkin_events WHERE visitor_key IS NULL`,
      );
      expect(batches!.n).toBe(Math.ceil(OLD / 1000));
      expect(await purgeVisitorKeys(db)).toBe(0);
    });

    it('records each run, failed ones with their error, for superadmins only', async () => {
      const { db } = get();
      const { keys } = await kept(db);
      const done = await runRecorded(db, purgeVisitorKeysJob);
      expect(done).toMatchObject({ job: 'purge-visitor-keys', rows: keys!.old, error: null });
      const broken: Job = {
        name: 'broken',
        schedule: '* * * * *',
        run: (d) => d.execute(sql`SELECT * FROM no_such_table`).then(() => 0),
      };
      await expect(runRecorded(db, broken)).rejects.toThrow();

      const superadmin = await actorWith(db, 'superadmin');
      const runs = await listJobRuns({ db, actor: superadmin });
      const failed = runs.find((r) => r.job === 'broken')!;
      expect(failed.rows).toBeNull();
      expect(failed.error).toContain('[42P01]'); // undefined table
      expect(failed.finishedAt!.getTime()).toBeGreaterThanOrEqual(failed.startedAt.getTime());
      const purged = runs.find((r) => r.id === done.id)!;
      expect(purged.finishedAt).not.toBeNull();

      // Jobs span every unit: an admin of the whole province is refused like one of a village.
      for (const [role, code] of [
        ['admin', '32'],
        ['admin', TA],
        ['official', '32.16'],
      ] as const) {
        await expect(
          listJobRuns({ db, actor: await actorWith(db, role, code) }),
        ).rejects.toMatchObject({ code: 'forbidden' });
      }
    });
  },
  async ({ db }) => {
    await seedAreas(db);
    await seedCheckins(db);
  },
);

/** The purge on a schedule that fires every minute, so a test sees a period go by. */
const everyMinute: Job = { ...purgeVisitorKeysJob, schedule: '* * * * *' };

async function finishedRuns(db: Db) {
  return queryRows<{ job: string; rows: number; started: string }>(
    db,
    sql`SELECT job, rows::int, date_trunc('minute', started_at)::text AS started FROM job_runs WHERE finished_at IS NOT NULL ORDER BY id`,
  );
}

/** Waits past the next minute boundary for more than `seen` finished runs. */
async function runsAfter(db: Db, seen: number) {
  const until = Date.now() + 75_000;
  for (;;) {
    const runs = await finishedRuns(db);
    if (runs.length > seen || Date.now() > until) return runs;
    await new Promise((r) => setTimeout(r, 500));
  }
}

const hasServer = await serverAvailable();

describe.concurrent('the scheduled purge', () => {
  it.skipIf(!hasServer)(
    'runs once per period across two runners on one PostgreSQL database [pg]',
    { timeout: 240_000 },
    async () => {
      const database: TestDatabase = await createServerDatabase();
      const other = await openDb({ url: database.url });
      const runners = [];
      try {
        await seedAreas(database.db);
        await seedCheckins(database.db);
        const before = await kept(database.db);
        runners.push(await startJobRunner({ db: database.db, url: database.url }, [everyMinute]));
        runners.push(await startJobRunner({ db: other.db, url: database.url }, [everyMinute]));

        const [run] = await runsAfter(database.db, 0);
        expect(run).toMatchObject({ job: 'purge-visitor-keys', rows: OLD });
        // Both runners saw that minute; a few seconds on, it still ran only once.
        await new Promise((r) => setTimeout(r, 5000));
        expect(await finishedRuns(database.db)).toEqual([run]);
        const after = await kept(database.db);
        expect(after.keys).toEqual({ old: 0, recent: RECENT });
        expect(after.rollups).toEqual(before.rollups);

        // The first runner stops (a restart): the other alone runs the next period, once.
        await runners.shift()!.stop();
        const runs = await runsAfter(database.db, 1);
        expect(runs).toHaveLength(2);
        expect(runs[1]).toMatchObject({ job: 'purge-visitor-keys', rows: 0 });
        expect(runs[1]!.started).not.toBe(run!.started);
      } finally {
        await Promise.all(runners.map((r) => r.stop()));
        await other.close();
        await database.drop();
      }
    },
  );

  it(
    'runs in the one process that owns the embedded database [pglite]',
    { timeout: 150_000 },
    async () => {
      const database = await createEmbeddedDatabase();
      let runner;
      try {
        await seedAreas(database.db);
        await seedCheckins(database.db);
        runner = await startJobRunner({ db: database.db }, [everyMinute]);
        const [run] = await runsAfter(database.db, 0);
        expect(run).toMatchObject({ job: 'purge-visitor-keys', rows: OLD });
        expect((await kept(database.db)).keys).toEqual({ old: 0, recent: RECENT });
      } finally {
        await runner?.stop();
        await database.drop();
      }
    },
  );
});
