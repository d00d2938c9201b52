/**
 * `npm run bench:seed [-- --events 10000000]`: seeds a fresh database on the real server with
 * the Bekasi demo and N events of history (npm run seed), timing the whole seed, and reports
 * the size of the event table (with its indexes) and of the rollups. Writes bench/results/seed.json.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { queryRows } from '@/lib/db/client';
import { createServerDatabase } from '../tests/support/databases';
import { writeResult } from './report';

const { values } = parseArgs({ options: { events: { type: 'string', default: '10000000' } } });
const target = Number(values.events);

const database = await createServerDatabase('pindai_bench');
try {
  console.log(`Seeding ${target.toLocaleString('en')} events into ${database.url} …`);
  const started = performance.now();
  const seed = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/seed.ts', '--events', String(target)], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: database.url },
  });
  const seconds = (performance.now() - started) / 1000;
  if (seed.status !== 0) throw new Error('the seed failed');

  const mb = (table: string) => sql`(pg_total_relation_size(${table}::regclass) / 1048576.0)::float8`;
  const [row] = await queryRows<{ events: number; table_mb: number; unit_mb: number; area_mb: number }>(
    database.db,
    sql`SELECT (SELECT count(*) FROM checkin_events)::int AS events, ${mb('checkin_events')} AS table_mb,
               ${mb('rollup_unit_hour')} AS unit_mb, ${mb('rollup_area_hour')} AS area_mb`,
  );
  const metrics = {
    events: row!.events,
    seconds,
    events_per_s: row!.events / seconds,
    table_mb: row!.table_mb,
    'rollup_unit_hour.table_mb': row!.unit_mb,
    'rollup_area_hour.table_mb': row!.area_mb,
  };
  console.table({ events: row!.events, seconds: seconds.toFixed(1), 'events/s': Math.round(metrics.events_per_s), 'checkin_events MB': row!.table_mb.toFixed(0), 'rollup_unit_hour MB': row!.unit_mb.toFixed(0), 'rollup_area_hour MB': row!.area_mb.toFixed(0) });
  writeResult('seed', { events: target, weeks: 6 }, metrics);
} finally {
  await database.drop();
}
