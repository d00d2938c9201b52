/**
 * `npm run bench:scale [-- --events 100000000 --weeks 26 | --url <a database seeded earlier>]`:
 * seeds a fresh database on the real server with N events over W weeks (npm run seed: the Bekasi
 * tree, one partition per month), then in the same run measures scanner-API check-ins through
 * the app on that database and on an empty one (alternating, twice each), and the overview
 * queries of the four scopes on the full one. Writes bench/results/scale.json (events,
 * ingest_empty_per_s, ingest_full_per_s, ingest_ratio, overview.p95_ms — the worst scope —,
 * table_mb) with every query's figures beside them.
 */
import { parseArgs } from 'node:util';
import { createServerDatabase } from '../tests/support/databases';
import { prepare, throughApp } from './ingest-app';
import { overviewScopes, timeOverviewQueries } from './overview-queries';
import { writeResult } from './report';
import { BENCH_VISITOR_SECRET, eventCount, eventTableMb, seededDatabase } from './seeded-database';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    events: { type: 'string', default: '100000000' },
    weeks: { type: 'string', default: '26' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '64' },
    runs: { type: 'string', default: '30' },
  },
});
const load = { port: Number(process.env.BENCH_PORT ?? 3191), connections: Number(values.connections), seconds: Number(values.seconds) };
process.env.PINDAI_VISITOR_SECRET = BENCH_VISITOR_SECRET;

const started = performance.now();
const full = await seededDatabase(Number(values.events), values.url, Number(values.weeks));
const seedSeconds = (performance.now() - started) / 1000;
const empty = await createServerDatabase('pindai_bench_empty');
try {
  const metrics: Record<string, number> = { events: await eventCount(full.db), table_mb: await eventTableMb(full.db) };
  if (!values.url) metrics.seed_s = seedSeconds;
  console.log(`${metrics.events!.toLocaleString('en')} events, ${Math.round(metrics.table_mb!).toLocaleString('en')} MB with indexes`);

  Object.assign(metrics, await timeOverviewQueries(full.db, Number(values.runs)));
  metrics['overview.p95_ms'] = Math.max(...Object.keys(overviewScopes).map((scope) => metrics[`${scope}.overview.p95_ms`]!));

  const targets = { empty: { database: empty, ...(await prepare(empty.db)) }, full: { database: full, ...(await prepare(full.db)) } };
  const rates: Record<'empty' | 'full', number[]> = { empty: [], full: [] };
  for (const round of [1, 2]) {
    for (const name of ['empty', 'full'] as const) {
      const { database, key, unitIds } = targets[name];
      const r = await throughApp(`${name} database, round ${round}`, { DATABASE_URL: database.url! }, key, unitIds, load);
      rates[name].push(r.acknowledged / r.seconds);
      if (r.errors) console.log(`${name}: ${r.errors} errors`, r.statuses);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  metrics.ingest_empty_per_s = mean(rates.empty);
  metrics.ingest_full_per_s = mean(rates.full);
  metrics.ingest_ratio = metrics.ingest_full_per_s / metrics.ingest_empty_per_s;

  console.table({
    events: metrics.events,
    'table MB': Math.round(metrics.table_mb!),
    'ingest, empty (check-ins/s)': rates.empty.map(Math.round).join(', '),
    'ingest, full (check-ins/s)': rates.full.map(Math.round).join(', '),
    'ingest ratio': metrics.ingest_ratio.toFixed(2),
    'overview p95, worst scope (ms)': metrics['overview.p95_ms']!.toFixed(1),
  });
  writeResult('scale', { events_asked: values.url ? undefined : Number(values.events), weeks: Number(values.weeks), ...load, runs_per_query: Number(values.runs) }, metrics);
} finally {
  await empty.drop();
  await full.drop();
}
