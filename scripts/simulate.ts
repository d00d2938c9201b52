/**
 * `npm run simulate [-- --rate 3] [--units 40] [--url http://localhost:3000] [--seconds N] [--anytime]`:
 * keeps scanning the demo's posters through the public API at about `rate` check-ins per second
 * until Ctrl-C (or N seconds), then prints what it sent. Posters scan only while their services
 * are open (in the unit's zone), so evenings and weekends are quiet; --anytime (or
 * PINDAI_SIMULATE_ANYTIME=1) scans around the clock. With the embedded database the running
 * demo holds the data folder: use `npm run demo -- --simulate` there instead.
 */
import { parseArgs } from 'node:util';
import { configuredDbOptions, openDb } from '@/lib/db/client';
import { DataFolderInUseError } from '@/lib/db/pglite';
import { prepareSimulation } from '@/demo/sim-setup';
import { describeHours, describeStats, startSimulator } from '@/demo/simulator';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '3' },
    units: { type: 'string', default: '40' },
    url: { type: 'string', default: `http://localhost:${process.env.PORT ?? '3000'}` },
    seconds: { type: 'string' },
    anytime: { type: 'boolean', default: process.env.PINDAI_SIMULATE_ANYTIME === '1' },
  },
});
const rate = Number(values.rate);
const units = Number(values.units);
if (!(rate > 0 && rate <= 5000) || !(units >= 1)) {
  console.error('--rate must be between 0 and 5000 check-ins per second, --units at least 1.');
  process.exit(2);
}

let handle;
try {
  handle = await openDb(configuredDbOptions());
} catch (error) {
  if (!(error instanceof DataFolderInUseError)) throw error;
  console.error('The running demo holds the embedded database: start it as `npm run demo -- --simulate`, or use DATABASE_URL.');
  process.exit(1);
}
let targets;
try {
  targets = await prepareSimulation(handle.db, units);
} finally {
  await handle.close();
}

const sim = startSimulator(values.url, targets, rate, { anytime: values.anytime });
console.log(`Scanning ${targets.length} posters at ~${rate}/s through ${values.url}/api/v1/checkins (Ctrl-C to stop) …`);
console.log(describeHours(targets, values.anytime));
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  const stats = await sim.stop();
  console.log(
    `\nSent ${stats.sent} (${stats.byKind.in} check-in, ${stats.byKind.out} check-out)` +
      (stats.closed ? `, ${stats.closed} arrivals found the poster closed` : '') +
      (stats.skipped ? `, ${stats.skipped} skipped: the app was slower than the rate` : '') + ':',
  );
  if (stats.sent > 0) console.table(describeStats(stats));
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
if (values.seconds) setTimeout(() => void stop(), Number(values.seconds) * 1000);
