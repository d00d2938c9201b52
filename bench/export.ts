/**
 * `npm run bench:export [-- --events 10000000 | --url <a database seeded earlier>]`: seeds a fresh database on the real server with
 * N events (scripts/seed.ts), then exports a year of Kabupaten Bekasi in every grouping as CSV
 * and XLSX through the streaming path the route handlers use, measuring time and peak RSS.
 * Writes bench/results/export.json (../shared/BENCH.md).
 */
import { parseArgs } from 'node:util';
import { userCtx } from '@/lib/context';
import { getUnitByCode } from '@/lib/tenancy/units';
import { measureExports } from './export-run';
import { writeResult } from './report';
import { benchActor, eventCount, seededDatabase } from './seeded-database';

const { values } = parseArgs({ options: { url: { type: 'string' }, events: { type: 'string', default: '10000000' } } });
const events = Number(values.events);
const REGENCY = '32.16';

const database = await seededDatabase(events, values.url);
try {

  const db = database.db;
  const actor = await benchActor(db, 'bench.export@pindai.id');
  const unit = await getUnitByCode(db, REGENCY);
  const rssBefore = process.memoryUsage().rss / 2 ** 20;
  const result = await measureExports({ ...userCtx(db, actor, 'stats.export', unit), readDb: database.readDb });

  console.log(`\nA year (${result.range.first} – ${result.range.last}) of ${unit.name}, every grouping:`);
  console.table(result.runs.map((r) => ({ ...r, seconds: r.seconds.toFixed(2), kb: (r.bytes / 1024).toFixed(1) })));
  const rows = result.runs.reduce((sum, r) => sum + r.rows, 0);
  console.log(`${rows} rows in ${result.seconds.toFixed(1)} s; peak RSS ${result.peakRssMb.toFixed(0)} MB (${rssBefore.toFixed(0)} MB before the exports)`);

  const metrics: Record<string, number> = { rows, seconds: result.seconds, peak_rss_mb: result.peakRssMb, rss_before_mb: rssBefore };
  for (const r of result.runs) {
    metrics[`${r.format}.${r.grouping}.seconds`] = r.seconds;
    metrics[`${r.format}.${r.grouping}.rows`] = r.rows;
  }
  writeResult('export', { events: await eventCount(database.db), unit: REGENCY, from: result.range.first, to: result.range.last, formats: ['csv', 'xlsx'] }, metrics);
} finally {
  await database.drop();
}
