import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
// Debian's chromium when there is one (this machine cannot download Playwright's); else
// whatever `npx playwright install chromium` put in place elsewhere.
const debianChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);
const executablePath = process.env.CHROMIUM_PATH || debianChromium;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // One embedded-or-server database behind one app: specs run one after another.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // Signs each shared account in once; the specs reuse its sessions (e2e/support/accounts.ts).
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'app',
      use: { ...devices['Desktop Chrome'] },
      dependencies: ['setup'],
      testIgnore: [/privacy\.spec/, /security\//],
    },
    // Runs last: reads what every other spec left in the logs and the database.
    { name: 'privacy', dependencies: ['app'], testMatch: /privacy\.spec/ },
  ],
  webServer: {
    command: `npx tsx e2e/serve.ts`,
    url: `http://localhost:${port}/login`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
});
