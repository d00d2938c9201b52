/**
 * `npm run bench:door [-- --seconds 20 --warmup 3 --connections 64 --old]`: the visitor's flow
 * at the door (GET the form, POST a NIK, GET the result) through `npm start`'s server on a fresh
 * database on the real server; in the same run the same flow through the old door (Next's pages
 * and route handlers, commit 64e5c07, built in a temporary worktree) for the ratio; then each
 * door's form page in chromium over slow 3G. Writes bench/results/door.json (../shared/BENCH.md).
 */
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { id } from '@/lib/i18n/id';
import { createServerDatabase } from '../tests/support/databases';
import { startApp } from './app-server';
import { doorFlow } from './door-flow';
import { seedDoor } from './door-seed';
import { closedLoop } from './load';
import { builtOldDoor, checkOutOldDoor, OLD_DOOR_COMMIT, type OldCheckout } from './old-door';
import { launchChromium, measurePage } from './page-weight';
import { cpuSeconds, databaseCpuSeconds, ownCpuSeconds } from './process-cpu';
import { percentile, writeResult } from './report';
import { BENCH_VISITOR_SECRET } from './seeded-database';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '64' },
    niks: { type: 'string', default: '100000' },
    posters: { type: 'string', default: '256' },
    'page-runs': { type: 'string', default: '3' },
    port: { type: 'string', default: '3301' },
    'old-port': { type: 'string', default: '3302' },
    // The old door (64e5c07) writes the schema of its day: since migrations 0008–0009 (idempotency
    // per API key, one registry row per writing office) it fails against today's database.
    old: { type: 'boolean', default: false },
    /** Leave the old door's worktree and build in place for later runs' --old-dir. */
    'keep-old': { type: 'boolean', default: false },
    'old-dir': { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const warmupSeconds = Number(values.warmup);
const connections = Number(values.connections);
const niks = Number(values.niks);
const pageRuns = Number(values['page-runs']);
process.env.PINDAI_VISITOR_SECRET = BENCH_VISITOR_SECRET; // the registry is hashed here as the app hashes scans

type PathFigures = { metrics: Record<string, number>; row: Record<string, string | number> };

let old: OldCheckout | null = null;
if (values['old-dir']) old = builtOldDoor(values['old-dir']);
else if (values.old) {
  old = checkOutOldDoor(values['keep-old']);
  console.log(`old path: checked out and built in ${old.seconds.toFixed(0)} s`);
}
const database = await createServerDatabase('pindai_bench_door');
const cleanUp = async () => {
  old?.remove();
  await database.drop();
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

let browser: Browser | undefined;
try {
  console.log(`Seeding ${niks.toLocaleString('en')} vaccinated NIKs and ${values.posters} posters into ${database.url} …`);
  const { nik, tokens } = await seedDoor(database.db, { niks, posters: Number(values.posters) });
  await database.close(); // only the apps use the database from here on
  browser = await launchChromium();
  // Each path's flows take the NIKs after the previous path's, so every check-in is a first one.
  let nikOffset = 0;

  const measurePath = async (label: string, port: number, dir: string | undefined): Promise<PathFigures> => {
    const app = await startApp(port, { DATABASE_URL: database.url!, PINDAI_TRUSTED_PROXIES: '127.0.0.1' }, 'pindai', dir);
    const first = nikOffset;
    const flow = doorFlow({ origin: app.origin, connections, tokens, nik: (n) => nik((first + n) % niks) });
    try {
      const smoke = await flow.run(0, true);
      if (!smoke.ok) throw new Error(`${label}: the first flow failed (${smoke.status}):\n${smoke.body?.slice(0, 600)}`);
      // A registry hashed with another secret would still end on a result page, as merah or not recorded.
      const admitted = [id.checkin.admitted, id.checkin.statusLine.hijau];
      if (!admitted.every((text) => smoke.body?.includes(text))) throw new Error(`${label}: the first flow's result page does not say ${admitted.join(' / ')}`);
      console.log(`${label}: ${connections} connections for ${seconds} s after ${warmupSeconds} s of warm-up …`);
      const databaseName = new URL(database.url!).pathname.slice(1);
      const before = { app: cpuSeconds(app.pid), database: databaseCpuSeconds(databaseName), load: ownCpuSeconds() };
      const load = await closedLoop({ connections, seconds, warmupSeconds, run: (n) => flow.run(n + 1) });
      // Where each flow's CPU went: the app, PostgreSQL's backends, and this load generator.
      const perFlow = (after: number, start: number) => ((after - start) * 1000) / load.acknowledgedInAll;
      const cpuMsPerFlow = perFlow(cpuSeconds(app.pid), before.app);
      const databaseCpuMsPerFlow = perFlow(databaseCpuSeconds(databaseName), before.database);
      const loadCpuMsPerFlow = perFlow(ownCpuSeconds(), before.load);
      nikOffset += load.started + 1;
      if (nikOffset > niks) console.warn(`${label}: ${nikOffset} flows so far but ${niks} NIKs: some were scanned again (raise --niks)`);
      console.log(`${label}: ${load.acknowledged} flows counted in the window, ${load.acknowledgedInAll} completed in all (warm-up included)`);
      if (load.errors) console.log(`${label}: flows by outcome:`, load.statuses);
      console.log(`${label}: /c/<token> in chromium over slow 3G, ${pageRuns} cold loads …`);
      const page = await measurePage(browser!, `${app.origin}/c/${tokens[0]}`, pageRuns);
      const p50 = percentile(load.latenciesMs, 50);
      const p99 = percentile(load.latenciesMs, 99);
      const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');
      return {
        metrics: {
          flows_per_s: load.acknowledged / load.seconds,
          p50_ms: p50,
          p99_ms: p99,
          errors: load.errors,
          page_bytes: page.pageBytes,
          js_bytes: page.jsBytes,
          fcp_slow3g_ms: page.fcpMs,
          app_cpu_ms_per_flow: cpuMsPerFlow,
          db_cpu_ms_per_flow: databaseCpuMsPerFlow,
          loadgen_cpu_ms_per_flow: loadCpuMsPerFlow,
        },
        row: {
          'flows/s': Math.round(load.acknowledged / load.seconds),
          'p50 ms': ms(p50),
          'p99 ms': ms(p99),
          errors: load.errors,
          'CPU ms/flow app': cpuMsPerFlow.toFixed(2),
          'PostgreSQL': databaseCpuMsPerFlow.toFixed(2),
          'load gen': loadCpuMsPerFlow.toFixed(2),
          'page KB': (page.pageBytes / 1024).toFixed(1),
          'JS KB': (page.jsBytes / 1024).toFixed(1),
          'FCP slow 3G ms': Math.round(page.fcpMs),
        },
      };
    } finally {
      flow.close();
      await app.stop();
    }
  };

  const metrics: Record<string, number> = {};
  const table: Record<string, Record<string, string | number>> = {};
  const fast = await measurePath('new path', Number(values.port), undefined);
  Object.assign(metrics, fast.metrics);
  table['new: fast path (lib/door)'] = fast.row;
  if (old) {
    const next = await measurePath('old path', Number(values['old-port']), old.dir);
    for (const [key, value] of Object.entries(next.metrics)) metrics[`old.${key}`] = value;
    table[`old: Next's router (${OLD_DOOR_COMMIT})`] = next.row;
    metrics.ratio = fast.metrics.flows_per_s! / next.metrics.flows_per_s!;
  }

  console.log('\nThe visitor flow (GET form 200, POST masuk 303, GET result 200) and the form page on slow 3G:');
  console.table(table);
  if (Number.isFinite(metrics.ratio)) console.log(`new / old flows per second: ${metrics.ratio!.toFixed(1)}×`);
  writeResult(
    'door',
    {
      duration_s: seconds,
      warmup_s: warmupSeconds,
      connections,
      registry_niks: niks,
      posters: tokens.length,
      old_commit: old ? OLD_DOOR_COMMIT : null,
      page_runs: pageRuns,
      network: 'slow 3G: 400 ms latency, 400 kbps down and up; CPU unthrottled',
    },
    metrics,
  );
} finally {
  await browser?.close();
  await cleanUp();
}
