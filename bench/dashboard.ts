/**
 * `npm run bench:dashboard [-- --events 10000000 | --url <a database seeded earlier>]`: seeds a fresh database on the real server
 * with N events (npm run seed), times every overview query for a village, district, regency and
 * province user, then measures commit-to-browser latency of live updates through the app while
 * 200 check-ins per second arrive. Writes bench/results/dashboard.json (../shared/BENCH.md).
 */
import { parseArgs } from 'node:util';
import { type ReadCtx, userCtx } from '@/lib/context';
import { overview } from '@/lib/stats/dashboard';
import { attention } from '@/lib/attention/attention';
import { liveMoment } from '@/lib/attention/activity';
import { childRangeFigures } from '@/lib/stats/children';
import { byService, daily, heatmap, hourlyToday, liveCounters } from '@/lib/stats/overview';
import { parseRange } from '@/lib/stats/range';
import { getUnitByCode } from '@/lib/tenancy/units';
import { measureLive } from './live-latency';
import { percentile, timeRuns, writeResult } from './report';
import { benchActor, eventCount, seededDatabase } from './seeded-database';

const { values } = parseArgs({ options: { url: { type: 'string' }, events: { type: 'string', default: '10000000' }, runs: { type: 'string', default: '30' } } });
const events = Number(values.events);
const runs = Number(values.runs);

const scopes = { village: '32.16.08.1008', district: '32.16.08', regency: '32.16', province: '32' } as const;

type Query = (ctx: ReadCtx) => Promise<unknown>;
const month = (ctx: ReadCtx) => parseRange({ range: '30d' }, ctx.unit.timeZone);
const queries: Record<string, Query> = {
  counters: (ctx) => liveCounters(ctx),
  hourly: (ctx) => hourlyToday(ctx),
  daily: (ctx) => daily(ctx, month(ctx)),
  services: (ctx) => byService(ctx, month(ctx)),
  heatmap: (ctx) => heatmap(ctx, month(ctx)),
  children: (ctx) => childRangeFigures(ctx, month(ctx)),
  attention: (ctx) => attention(ctx, liveMoment(new Date(), ctx.unit.timeZone)),
  overview: (ctx) => overview(ctx, month(ctx)),
};

const database = await seededDatabase(events, values.url);
try {

  const metrics: Record<string, number> = { events: await eventCount(database.db) };
  const actor = await benchActor(database.db, 'bench.dashboard@pindai.id');
  const table: Record<string, Record<string, string>> = {};
  for (const [scope, code] of Object.entries(scopes)) {
    const ctx = userCtx(database.db, actor, 'unit.view', await getUnitByCode(database.db, code));
    table[scope] = {};
    for (const [name, query] of Object.entries(queries)) {
      const ms = await timeRuns(() => query(ctx), runs);
      metrics[`${scope}.${name}.p50_ms`] = percentile(ms, 50);
      metrics[`${scope}.${name}.p95_ms`] = percentile(ms, 95);
      table[scope][name] = `${percentile(ms, 50).toFixed(1)} / ${percentile(ms, 95).toFixed(1)}`;
    }
  }
  console.log('\nOverview queries, p50 / p95 in ms:');
  console.table(table);

  const live = await measureLive(database, { ratePerSecond: 200, seconds: 15, regencyCode: scopes.regency });
  Object.assign(metrics, { 'live.p50_ms': live.p50, 'live.p95_ms': live.p95, 'live.rate_per_s': live.rate });
  console.log(`\nLive updates at ${live.rate.toFixed(0)} check-ins/s: commit to browser p50 ${live.p50.toFixed(0)} ms, p95 ${live.p95.toFixed(0)} ms`);

  writeResult('dashboard', { events_asked: values.url ? undefined : events, runs_per_query: runs, live_rate_target_per_s: 200 }, metrics);
} finally {
  await database.drop();
}
