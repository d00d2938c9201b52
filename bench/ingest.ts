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
import { userCtx } from '@/lib/context';
import { upsertAccount } from '@/lib/accounts/users';
import { loadActor } from '@/lib/auth/actor';
import { createApiKey } from '@/lib/checkins/api-keys';
import { type Db, type DbHandle, openDb, queryRows } from '@/lib/db/client';
import { seedDemo } from '@/demo/seed';
import { getUnitByCode, inSubtree } from '@/lib/tenancy/units';
import { testNik } from '../tests/support/checkin-checks';
import { createServerDatabase, serverAvailable } from '../tests/support/databases';
import { type AppServerKind, startApp } from './app-server';
import { drive } from './load';
import { cpuSeconds } from './process-cpu';
import { percentile, writeResult } from './report';
import { BENCH_VISITOR_SECRET } from './seeded-database';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '20' }, connections: { type: 'string', default: '64' } },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const port = Number(process.env.BENCH_PORT ?? 3190);
process.env.PINDAI_VISITOR_SECRET = BENCH_VISITOR_SECRET; // the seeded registry and the app hash alike

/** Demo data, and an API key of Kota Bekasi with the ids of its kelurahan to check visitors in at. */
async function prepare(db: Db) {
  const accounts = await seedDemo(db);
  const admin = accounts.find((a) => a.email === 'admin@bekasikota.go.id')!;
  const actor = (await loadActor(db, (await upsertAccount(db, admin)).id))!;
  const kota = await getUnitByCode(db, '32.75');
  const { key } = await createApiKey(userCtx(db, actor, 'apikeys.manage', kota), { name: 'Beban uji' });
  const villages = await queryRows<{ id: number }>(db, sql`SELECT id FROM units WHERE ${inSubtree(kota, sql`path`)} AND kind IN ('village', 'urban_village')`);
  if (villages.length === 0) throw new Error('no kelurahan under Kota Bekasi');
  return { key, unitIds: villages.map((v) => v.id) };
}

async function throughApp(label: string, env: Record<string, string>, key: string, unitIds: number[], server: AppServerKind = 'pindai') {
  const app = await startApp(port, env, server);
  try {
    console.log(`${label}: ${connections} connections for ${seconds} s …`);
    const run = Date.now().toString(36);
    const cpuBefore = cpuSeconds(app.pid);
    const result = await drive({
      url: `${app.origin}/api/v1/checkins`,
      connections,
      seconds,
      warmupSeconds: 3,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: (n) =>
        JSON.stringify({ idempotency_key: `${run}-${n}`, identity: testNik(n), unit_id: unitIds[n % unitIds.length], kind: n % 4 === 3 ? 'out' : 'in' }),
      acknowledged: (status) => status === 201,
    });
    // CPU the app itself spent per check-in: what a machine of its own would need, whatever else runs here.
    return { ...result, cpuMsPerCheckin: ((cpuSeconds(app.pid) - cpuBefore) * 1000) / result.acknowledgedInAll };
  } finally {
    await app.stop();
  }
}

/** One Node process, one connection, 1,000 rows per INSERT into checkin_events, for `secs`. */
async function baseline(url: string, unitIds: number[], secs: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows = 1000;
  let written = 0;
  const start = performance.now();
  try {
    while (performance.now() - start < secs * 1000) {
      const params: unknown[] = [];
      const tuples: string[] = [];
      for (let i = 0; i < rows; i++) {
        const p = params.length;
        tuples.push(`($${p + 1}, 'in', 'hijau', true, 'api', $${p + 2}, now(), $${p + 3})`);
        params.push(unitIds[(written + i) % unitIds.length], `baseline-visitor-${written + i}`, `baseline-${written + i}`);
      }
      await client.query(
        `INSERT INTO checkin_events (unit_id, kind, status, admitted, channel, visitor_key, occurred_at, idempotency_key) VALUES ${tuples.join(',')}`,
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
    const result = await throughApp('real server', { DATABASE_URL: database.url! }, key, unitIds);
    summarise('pg', result, await countEvents(database));
    // The same route handler behind Next's own router (`next start`), for comparison in this run.
    const before = await countEvents(database);
    const viaNext = await throughApp('real server, through next start', { DATABASE_URL: database.url! }, key, unitIds, 'next');
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
  const result = await throughApp('embedded database', { PINDAI_DATA_DIR: dir }, key, unitIds);
  const after = await openDb({ dataDir: dir });
  summarise('pglite', result, await countEvents(after));
  await after.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('\nCheck-ins through POST /api/v1/checkins (acknowledged = 201, committed):');
console.table(table);
writeResult('ingest', { duration_s: seconds, connections, warmup_s: 3, baseline_rows_per_insert: 1000 }, metrics);
