/**
 * `npm run seed [-- --events N] [--weeks W]`: the Bekasi demo with about N events of history
 * (check-outs included) over the last W weeks, in DATABASE_URL or the embedded database. Runs on
 * a fresh migrated database; refuses one that already holds check-ins.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { configuredDbOptions, openDb, queryRows } from '@/lib/db/client';
import { keptSecret } from '@/demo/kept-secret';
import { seedDemoWorld } from '@/demo/world';

const { values } = parseArgs({ options: { events: { type: 'string', default: '50000' }, weeks: { type: 'string', default: '6' } } });
const events = Number(values.events);
const weeks = Number(values.weeks);
if (!Number.isInteger(events) || events < 1 || !Number.isInteger(weeks) || weeks < 1 || weeks > 52) {
  console.error('--events must be a positive whole number and --weeks 1 to 52.');
  process.exit(2);
}

const options = configuredDbOptions();
// The registry is stored as keyed hashes: seed with the secret the app will use.
process.env.PINDAI_VISITOR_SECRET ||= keptSecret(options.dataDir ?? '.data', 'visitor-secret');
const handle = await openDb(options);
try {
  await handle.migrate();
  const [existing] = await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM checkin_events LIMIT 1) e`);
  if (existing!.n > 0) {
    console.error('This database already holds check-ins: seed a fresh one (history would be counted twice).');
    process.exitCode = 1;
  } else {
    const started = performance.now();
    let lastLog = started;
    const { history } = await seedDemoWorld(handle.db, {
      events,
      weeks,
      deferIndexes: true,
      onDay: (day, total) => {
        if (performance.now() - lastLog < 5000) return;
        lastLog = performance.now();
        console.log(`  ${day}: ${total.toLocaleString('en')} events`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const written = history ?? 0;
    console.log(`Seeded ${written.toLocaleString('en')} events in ${seconds.toFixed(1)} s (${Math.round(written / seconds).toLocaleString('en')} events/s).`);
  }
} finally {
  await handle.close();
}
