/**
 * `npm run bench:dashboard [-- --events 10000000 | --url <a database seeded earlier>]`: seeds a fresh database on the real server
 * with N events (npm run seed), times every overview query for a village, district, regency and
 * province user, then measures commit-to-browser latency of live updates through the app while
 * 200 check-ins per second arrive. Writes bench/results/dashboard.json (../shared/BENCH.md).
 */
import { parseArgs } from 'node:util';
import { measureLive } from './live-latency';
import { overviewScopes, timeOverviewQueries } from './overview-queries';
import { writeResult } from './report';
import { eventCount, seededDatabase } from './seeded-database';

const { values } = parseArgs({ options: { url: { type: 'string' }, events: { type: 'string', default: '10000000' }, runs: { type: 'string', default: '30' } } });
const events = Number(values.events);
const runs = Number(values.runs);

const database = await seededDatabase(events, values.url);
try {
  const metrics: Record<string, number> = { events: await eventCount(database.db) };
  Object.assign(metrics, await timeOverviewQueries(database.db, runs));

  const live = await measureLive(database, { ratePerSecond: 200, seconds: 15, regencyCode: overviewScopes.regency });
  Object.assign(metrics, { 'live.p50_ms': live.p50, 'live.p95_ms': live.p95, 'live.rate_per_s': live.rate });
  console.log(`\nLive updates at ${live.rate.toFixed(0)} check-ins/s: commit to browser p50 ${live.p50.toFixed(0)} ms, p95 ${live.p95.toFixed(0)} ms`);

  writeResult('dashboard', { events_asked: values.url ? undefined : events, runs_per_query: runs, live_rate_target_per_s: 200 }, metrics);
} finally {
  await database.drop();
}
