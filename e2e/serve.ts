/**
 * The app under test: a fresh database (on the real server when one answers, else embedded in
 * a temporary folder) with the demo data, served by the production build. Dropped on exit.
 * Next's output goes to e2e/.output/server.log too, for the privacy check.
 */
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDb } from '@/lib/db/client';
import { seedDemo } from '@/demo/seed';
import { createServerDatabase, serverAvailable } from '../tests/support/databases';
import { e2eSecrets, spawnApp } from './support/app-server';

const port = process.env.E2E_PORT ?? '3100';

// Seeding the registry hashes visitors with the same secret the app will use.
process.env.PINDAI_VISITOR_SECRET = e2eSecrets.PINDAI_VISITOR_SECRET;

let cleanup: () => Promise<void>;
let dbEnv: Record<string, string>;
// PINDAI_E2E_DATABASE=embedded: the embedded database even when a server answers (npm test's second pass).
if (process.env.PINDAI_E2E_DATABASE !== 'embedded' && (await serverAvailable())) {
  const database = await createServerDatabase('pindai_e2e');
  await seedDemo(database.db);
  await database.close();
  dbEnv = { DATABASE_URL: database.url! };
  cleanup = () => database.drop();
} else {
  const dir = mkdtempSync(path.join(tmpdir(), 'pindai-e2e-'));
  const handle = await openDb({ dataDir: dir });
  await handle.migrate();
  await seedDemo(handle.db);
  await handle.close();
  dbEnv = { PINDAI_DATA_DIR: dir };
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}

mkdirSync('e2e/.output', { recursive: true });
// Where the privacy spec finds the database to search.
writeFileSync('e2e/.output/database.json', JSON.stringify({ url: dbEnv.DATABASE_URL ?? null }));
const log = createWriteStream('e2e/.output/server.log');
const next = spawnApp(port, dbEnv);
for (const stream of [next.stdout!, next.stderr!]) {
  stream.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    log.write(chunk);
  });
}

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  next.kill('SIGTERM');
  await new Promise((resolve) =>
    next.exitCode === null ? next.once('exit', resolve) : resolve(null),
  );
  await cleanup().catch((error) => console.error('could not remove the e2e database:', error));
  log.end();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
next.on('exit', (code) => void stop(code ?? 1));
