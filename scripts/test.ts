/**
 * `npm test`: unit and integration tests (embedded database, and the real server when one
 * answers), then the production build, the Playwright suite in chromium (on the real server
 * when one answers, then on the embedded database, the one a newcomer gets), and the security
 * suite (authorisation matrix and a seeded fuzz sweep) over plain HTTP.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serverAvailable } from '../tests/support/databases';

const browser = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  chromium.executablePath(),
].find((p) => p && existsSync(p));
if (!browser) {
  console.error(
    'No chromium found for the browser tests. On Debian or Ubuntu: `sudo apt-get install -y chromium`;\n' +
      'elsewhere: `npx playwright install chromium`; or set CHROMIUM_PATH to a chromium executable.',
  );
  process.exit(1);
}

const bin = (pkg: string, file: string) => `node_modules/${pkg}/${file}`;
const playwright = bin('@playwright/test', 'cli.js');
type Step = { title: string; args: string[]; env?: Record<string, string> };
const steps: Step[] = [
  { title: 'unit and integration tests', args: [bin('vitest', 'vitest.mjs'), 'run'] },
  { title: 'production build', args: [bin('next', 'dist/bin/next'), 'build'] },
  { title: `browser tests (${browser})`, args: [playwright, 'test'] },
  // Without a server the pass above already ran on the embedded database.
  ...((await serverAvailable())
    ? [{ title: 'browser tests on the embedded database', args: [playwright, 'test'], env: { PINDAI_E2E_DATABASE: 'embedded' } }]
    : []),
  // On a database of its own: the authorisation matrix, then a seeded sweep of the fuzz harness.
  { title: 'security: authorisation matrix and fuzz', args: [playwright, 'test', '-c', 'playwright.security.config.ts'] },
];
for (const { title, args, env } of steps) {
  console.log(`\n▶ ${title}`);
  const run = spawnSync(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  if (run.status !== 0) {
    console.error(`\n✗ ${title} failed`);
    process.exit(run.status ?? 1);
  }
}
console.log('\n✓ all tests passed');
