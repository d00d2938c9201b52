import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, signedInAs, test } from './fixtures';
import { unitIdOf } from './support/api';
import { spawnApp } from './support/app-server';
import { units } from './support/units';

const { url } = JSON.parse(readFileSync('e2e/.output/database.json', 'utf8')) as { url: string | null };
// A second instance on the same port as the suite's, plus fifty.
const port = String(Number(process.env.E2E_PORT ?? 3100) + 50);
const second = `http://localhost:${port}`;

async function startSecond(): Promise<ChildProcess> {
  const app = spawnApp(port, { DATABASE_URL: url! }, 'ignore');
  await expect.poll(() => fetch(`${second}/login`).then((r) => r.status, () => 0), { timeout: 30_000 }).toBe(200);
  return app;
}

test.use(signedInAs('regencyOfficial'));

test('a dashboard on an instance that restarts says so and comes back live by itself', async ({ page, dashboard }) => {
  // The embedded database belongs to one process; in CI the server is always there (e2e/serve.ts
  // stops when it is not), so this runs wherever two instances can.
  test.skip(!url, 'two instances need the database server');
  test.setTimeout(90_000);
  const regency = await unitIdOf(page.request, units.regency);
  let app = await startSecond();
  try {
    // The session cookie is the host's, so the same sign-in holds on the second instance.
    await page.goto(`${second}/u/${regency}`);
    await expect(dashboard.live).toBeVisible();

    const stoppedAt = Date.now();
    const exited = new Promise<number | null>((resolve) => app.once('exit', resolve));
    app.kill('SIGTERM');
    // The instance ends its live stream at once instead of waiting for it to time out.
    expect(await exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(5_000);
    await expect(dashboard.disconnected).toBeVisible();

    app = await startSecond();
    await expect(dashboard.live).toBeVisible({ timeout: 30_000 });
  } finally {
    if (app.exitCode === null) app.kill('SIGTERM');
  }
});
