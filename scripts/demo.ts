/**
 * `npm run demo [-- --simulate [--anytime]]`: migrates the embedded database (or DATABASE_URL),
 * loads the Bekasi demo with six weeks of history, builds the app and serves it on
 * http://localhost:3000 (PORT to change). With --simulate (or PINDAI_SIMULATE=1) scanners keep
 * checking visitors in through the public API (PINDAI_SIMULATE_RATE per second, default 2) so
 * the dashboards move, only while the posters' services are open (WIB), as visitors would;
 * --anytime (or PINDAI_SIMULATE_ANYTIME=1) scans around the clock.
 */
import { spawn, spawnSync } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { configuredDbOptions, openDb } from '@/lib/db/client';
import { keptSecret } from '@/demo/kept-secret';
import { demoVisitors } from '@/demo/registry';
import { prepareSimulation } from '@/demo/sim-setup';
import { describeHours, describeStats, startSimulator, type SimTarget } from '@/demo/simulator';
import { seedDemoWorld } from '@/demo/world';

const port = process.env.PORT ?? '3000';
const options = configuredDbOptions();

const dataDir = options.dataDir ?? '.data';
const simulate = process.argv.includes('--simulate') || process.env.PINDAI_SIMULATE === '1';
const anytime = process.argv.includes('--anytime') || process.env.PINDAI_SIMULATE_ANYTIME === '1';
// Enough history for every chart, and quick to load into the embedded database (10–20 s).
const HISTORY_EVENTS = 60_000;

/** Phones scan posters: they reach this machine by its LAN address, not by localhost. */
function publicAddress(): string {
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  return `http://${lan?.address ?? 'localhost'}:${port}`;
}

// The registry is seeded with visitor keys: the secret must be known before seeding.
process.env.PINDAI_VISITOR_SECRET ||= keptSecret(dataDir, 'visitor-secret');
const handle = await openDb(options);
let accounts;
let targets: SimTarget[] = [];
try {
  await handle.migrate();
  const started = performance.now();
  const world = await seedDemoWorld(handle.db, { events: HISTORY_EVENTS });
  accounts = world.accounts;
  console.log(
    world.history === null
      ? 'History already loaded.'
      : `Loaded ${world.history.toLocaleString('en')} check-ins of the past six weeks at ${world.takers} offices and venues in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  if (simulate) targets = await prepareSimulation(handle.db);
} finally {
  // The embedded database allows one process: release it before the server opens it.
  await handle.close();
}

const env = {
  ...process.env,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || keptSecret(dataDir, 'auth-secret'),
  PINDAI_PUBLIC_URL: process.env.PINDAI_PUBLIC_URL ?? publicAddress(),
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: port,
};
const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');
if (process.env.PINDAI_SKIP_BUILD !== '1') {
  const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(`\nPindai demo on ${env.NEXTAUTH_URL} (${handle.driver === 'pg' ? 'PostgreSQL' : 'embedded database in ' + options.dataDir})`);
console.log('Demo accounts (all with the password shown):');
console.table(accounts.map((a) => ({ role: a.label, email: a.email, password: a.password })));
console.log(`Posters point phones at ${env.PINDAI_PUBLIC_URL} (set PINDAI_PUBLIC_URL to change). NIKs to try at a check-in:`);
console.table(demoVisitors.map((v) => ({ nik: v.nik, status: v.status })));

const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], { stdio: 'inherit', env });
let sim: ReturnType<typeof startSimulator> | undefined;
if (simulate) {
  const origin = `http://localhost:${port}`;
  const rate = Number(process.env.PINDAI_SIMULATE_RATE ?? 2);
  while (server.exitCode === null && !(await fetch(`${origin}/login`).then((r) => r.ok, () => false))) {
    await new Promise((r) => setTimeout(r, 200));
  }
  if (server.exitCode === null) {
    sim = startSimulator(origin, targets, rate > 0 ? rate : 2, { anytime });
    console.log(`Simulator: scanning ${targets.length} posters at ~${rate}/s through the public API (Ctrl-C stops it with the server).`);
    console.log(describeHours(targets, anytime));
  }
}
async function stop(signal: NodeJS.Signals) {
  if (sim) {
    const stats = await sim.stop();
    sim = undefined;
    console.log(`\nSimulator sent ${stats.sent} (${stats.byKind.in} check-in, ${stats.byKind.out} check-out)${stats.closed ? `; ${stats.closed} arrivals found the poster closed` : ''}:`);
    if (stats.sent > 0) console.table(describeStats(stats));
  }
  server.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));
server.on('exit', (code) => process.exit(code ?? 0));
