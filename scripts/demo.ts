/**
 * `npm run demo`: migrates the embedded database (or DATABASE_URL), loads the Bekasi demo,
 * builds the app and serves it on http://localhost:3000 (PORT to change).
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { configuredDbOptions, openDb } from '@/lib/db/client';
import { demoVisitors } from '@/lib/demo/registry';
import { seedDemo } from '@/lib/demo/seed';

const port = process.env.PORT ?? '3000';
const options = configuredDbOptions();

/** A secret kept beside the data, so sessions and visitor keys survive a restart of the demo. */
function keptSecret(name: string): string {
  const dir = path.resolve(options.dataDir ?? '.data');
  const file = path.join(dir, name);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** Phones scan posters: they reach this machine by its LAN address, not by localhost. */
function publicAddress(): string {
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  return `http://${lan?.address ?? 'localhost'}:${port}`;
}

// The registry is seeded with visitor keys: the secret must be known before seeding.
process.env.PINDAI_VISITOR_SECRET ||= keptSecret('visitor-secret');
const handle = await openDb(options);
let accounts;
try {
  await handle.migrate();
  accounts = await seedDemo(handle.db);
} finally {
  // The embedded database allows one process: release it before the server opens it.
  await handle.close();
}

const env = {
  ...process.env,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || keptSecret('auth-secret'),
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

const server = spawn(process.execPath, [next, 'start', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
