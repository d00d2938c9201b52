/**
 * `npm run bench:ingest [-- --seconds 20 --connections 64]`: check-ins per second and latency
 * through the production app's scanner API, first on a fresh database on the real server, then
 * on the embedded database; beside a baseline from the same run: plain multi-row INSERTs from
 * one Node process into the same table. Writes bench/results/ingest.json (../shared/BENCH.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type DbHandle, openDb, queryRows } from '@/lib/db/client';
import { createServerDatabase, serverAvailable } from '../tests/support/databases';
import { prepare, throughApp } from './ingest-app';
import { percentile, writeResult } from './report';
import { BENCH_VISITOR_SECRET } from './seeded-database';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '20' }, connections: { type: 'string', default: '64' } },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const load = { port: Number(process.env.BENCH_PORT ?? 3190), connections, seconds };
process.env.PINDAI_VISITOR_SECRET = BENCH_VISITOR_SECRET; // the seeded registry and the app hash alike

/** One Node process, one connection, 1,000 rows per INSERT into checkin_events, for `secs`. */
async function baseline(url: string, unitIds: number[], secs: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const regencyOf = new Map<number, number>(
    (await client.query<{ id: number; regency_id: number }>('SELECT id, regency_id FROM units WHERE id = ANY($1)', [unitIds])).rows.map((u) => [u.id, u.regency_id]),
  );
  const regencyIds = unitIds.map((id) => regencyOf.get(id)!);
  const rows = 1000;
  let written = 0;
  const start = performance.now();
  try {
    while (performance.now() - start < secs * 1000) {
      const params: unknown[] = [];
      const tuples: string[] = [];
      for (let i = 0; i < rows; i++) {
        const p = params.length;
        tuples.push(`($${p + 1}, $${p + 2}, 'in', 'hijau', true, 'api', $${p + 3}, now())`);
        params.push(unitIds[(written + i) % unitIds.length], regencyIds[(written + i) % unitIds.length], `baseline-visitor-${written + i}`);
      }
      await client.query(
        `INSERT INTO checkin_events (unit_id, regency_id, kind, status, admitted, channel, visitor_key, occurred_at) VALUES ${tuples.join(',')}`,
        params,
      );
      written += rows;
    }
    return written / ((performance.now() - start) / 1000);
  } finally {
    await client.end();
  }
}

async function countEvents(handle: DbHandle): Promise<number> {
  const [row] = await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM checkin_events WHERE channel = 'api'`);
  return row!.n;
}

const metrics: Record<string, number> = {};
const table: Record<string, Record<string, string | number>> = {};
const summarise = (prefix: string, r: Awaited<ReturnType<typeof throughApp>>, stored: number) => {
  const rate = r.acknowledged / r.seconds;
  Object.assign(metrics, {
    [`${prefix}.checkins_per_s`]: rate,
    [`${prefix}.p50_ms`]: percentile(r.latenciesMs, 50),
    [`${prefix}.p99_ms`]: percentile(r.latenciesMs, 99),
    [`${prefix}.errors`]: r.errors,
    [`${prefix}.app_cpu_ms_per_checkin`]: r.cpuMsPerCheckin,
  });
  table[prefix] = {
    'check-ins/s': Math.round(rate),
    'p50 ms': percentile(r.latenciesMs, 50).toFixed(1),
    'p99 ms': percentile(r.latenciesMs, 99).toFixed(1),
    errors: r.errors,
    'app CPU ms/check-in': r.cpuMsPerCheckin.toFixed(2),
    'rows stored (with warm-up)': stored,
  };
  if (r.errors) console.log(`${prefix} answers by status:`, r.statuses);
};

if (await serverAvailable()) {
  const database = await createServerDatabase('pindai_bench');
  try {
    const { key, unitIds } = await prepare(database.db);
    const result = await throughApp('real server', { DATABASE_URL: database.url! }, key, unitIds, load);
    summarise('pg', result, await countEvents(database));
    // The same route handler behind Next's own router (`next start`), for comparison in this run.
    const before = await countEvents(database);
    const viaNext = await throughApp('real server, through next start', { DATABASE_URL: database.url! }, key, unitIds, load, 'next');
    summarise('pg_next_start', viaNext, (await countEvents(database)) - before);
    console.log('baseline: plain multi-row INSERTs …');
    const rate = await baseline(database.url!, unitIds, 10);
    metrics['pg.baseline_rows_per_s'] = rate;
    table['pg baseline (INSERT, 1,000 rows each)'] = { 'check-ins/s': Math.round(rate) };
  } finally {
    await database.drop();
  }
} else {
  console.warn('PostgreSQL at 127.0.0.1:5432 (or TEST_DATABASE_URL) does not answer: the real-server figures are left out.');
}

const dir = mkdtempSync(path.join(tmpdir(), 'pindai-bench-'));
try {
  const handle = await openDb({ dataDir: dir });
  await handle.migrate();
  const { key, unitIds } = await prepare(handle.db);
  await handle.close(); // the app must be the folder's only user
  const result = await throughApp('embedded database', { PINDAI_DATA_DIR: dir }, key, unitIds, load);
  const after = await openDb({ dataDir: dir });
  summarise('pglite', result, await countEvents(after));
  await after.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('\nCheck-ins through POST /api/v1/checkins (acknowledged = 201, committed):');
console.table(table);
writeResult('ingest', { duration_s: seconds, connections, warmup_s: 3, baseline_rows_per_insert: 1000 }, metrics);
