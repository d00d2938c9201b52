import { type ReadCtx, userCtx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { liveMoment } from '@/lib/attention/activity';
import { attention } from '@/lib/attention/attention';
import { childRangeFigures } from '@/lib/stats/children';
import { overview } from '@/lib/stats/dashboard';
import { byService, daily, heatmap, hourlyToday, liveCounters } from '@/lib/stats/overview';
import { parseRange } from '@/lib/stats/range';
import { getUnitByCode } from '@/lib/tenancy/units';
import { percentile, timeRuns } from './report';
import { benchActor } from './seeded-database';

/** A user at each level of the Bekasi demo tree. */
export const overviewScopes = { village: '32.16.08.1008', district: '32.16.08', regency: '32.16', province: '32' } as const;

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

/**
 * Times every overview query `runs` times for each scope's user and prints a table; answers
 * `SCOPE.QUERY.p50_ms` and `.p95_ms` (../shared/BENCH.md).
 */
export async function timeOverviewQueries(db: Db, runs: number): Promise<Record<string, number>> {
  const metrics: Record<string, number> = {};
  const actor = await benchActor(db, 'bench.dashboard@pindai.id');
  const table: Record<string, Record<string, string>> = {};
  for (const [scope, code] of Object.entries(overviewScopes)) {
    const ctx = userCtx(db, actor, 'unit.view', await getUnitByCode(db, code));
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
  return metrics;
}
