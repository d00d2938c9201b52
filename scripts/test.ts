/**
 * `npm test`: unit and integration tests (embedded database, and the real server when one
 * answers), then the production build, the Playwright suite in chromium, and the security
 * suite (authorisation matrix and a seeded fuzz sweep) over plain HTTP.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

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
const steps: [string, string[]][] = [
  ['unit and integration tests', [bin('vitest', 'vitest.mjs'), 'run']],
  ['production build', [bin('next', 'dist/bin/next'), 'build']],
  [`browser tests (${browser})`, [bin('@playwright/test', 'cli.js'), 'test']],
  // On a database of its own: the authorisation matrix, then a seeded sweep of the fuzz harness.
  ['security: authorisation matrix and fuzz', [bin('@playwright/test', 'cli.js'), 'test', '-c', 'playwright.security.config.ts']],
];
for (const [title, args] of steps) {
  console.log(`\n▶ ${title}`);
  const run = spawnSync(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (run.status !== 0) {
    console.error(`\n✗ ${title} failed`);
    process.exit(run.status ?? 1);
  }
}
console.log('\n✓ all tests passed');
