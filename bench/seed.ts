/**
 * `npm run bench:seed [-- --events 10000000]`: seeds a fresh database on the real server with
 * the Bekasi demo and N events of history (npm run seed), timing the whole seed, and reports
 * the size of the event table (with its indexes) and of the rollups. Writes bench/results/seed.json.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { queryRows } from '@/lib/db/client';
import { createServerDatabase } from '../tests/support/databases';
import { writeResult } from './report';
import { eventTableMb, runSeed } from './seeded-database';

const { values } = parseArgs({ options: { events: { type: 'string', default: '10000000' } } });
const target = Number(values.events);

const database = await createServerDatabase('pindai_bench');
try {
  console.log(`Seeding ${target.toLocaleString('en')} events into ${database.url} …`);
  const seconds = runSeed(database.url!, target);

  const rollups = ['rollup_unit_hour', 'rollup_area_hour', 'rollup_unit_day', 'rollup_area_day'];
  const mb = (table: string) => sql`(pg_total_relation_size(${table}::regclass) / 1048576.0)::float8`;
  const [row] = await queryRows<Record<string, number>>(
    database.db,
    sql`SELECT (SELECT count(*) FROM checkin_events)::int AS events,
               ${sql.join(rollups.map((t) => sql`${mb(t)} AS ${sql.identifier(t)}`), sql`, `)}`,
  );
  const metrics: Record<string, number> = {
    events: row!.events!,
    seconds,
    events_per_s: row!.events! / seconds,
    table_mb: await eventTableMb(database.db),
    ...Object.fromEntries(rollups.map((t) => [`${t}.table_mb`, row![t]!])),
  };
  console.table(Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, Math.round(v * 10) / 10])));
  writeResult('seed', { events: target, weeks: 6 }, metrics);
} finally {
  await database.drop();
}
