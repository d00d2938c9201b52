import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DoorPage } from './pages/door';
import { childUnit, jsonHeaders, unitIdOf } from './support/api';
import { phoneScreen } from './support/phone';
import { registerVisitor } from './support/registry';
import { units } from './support/units';
import { screenshotNik } from './support/visitors';

/**
 * The screens people look at most, at a laptop's 1366 px and a phone's 390 px, compared with
 * the committed baselines (`--update-snapshots` after a deliberate change). The test's own
 * office with fixed names and figures; what moves with the clock (times, today's counters and
 * charts, random codes and QR images) is masked.
 */
const widths = [1366, 390] as const;

/** The office, its service and posters, four desk check-ins and a visitor's, all with fixed names. */
async function setUp(admin: APIRequestContext, health: APIRequestContext, visitor: DoorPage) {
  const ta = await unitIdOf(admin, units.village);
  const unit = await childUnit(admin, ta, 'agency', 'Kantor Pelayanan Tangkapan Layar');
  const service = await admin.post(`/api/units/${unit}/services`, {
    headers: jsonHeaders,
    data: {
      name: 'Pelayanan KTP-el',
      category: 'kependudukan',
      openingHours: Array.from({ length: 7 }, () => ({ open: '00:00', close: '23:59' })),
      dailyCapacity: 40,
    },
  });
  const serviceId = (await service.json()).service.id as number;
  const poster = async (label: string, id: number | null) =>
    (
      await (
        await admin.post(`/api/units/${unit}/posters`, {
          headers: jsonHeaders,
          data: { label, serviceId: id },
        })
      ).json()
    ).poster as {
      token: string;
    };
  const door = await poster('Pintu Utama', null);
  await poster('Loket KTP-el', serviceId);
  for (const [id, status] of [
    [null, 'hijau'],
    [null, 'hijau'],
    [serviceId, 'hijau'],
    [serviceId, 'merah'],
  ] as const) {
    const res = await admin.post(`/api/units/${unit}/desk/checkins`, {
      headers: jsonHeaders,
      data: { serviceId: id, status },
    });
    expect(res.status()).toBe(201);
  }
  await visitor.checkIn(door.token, await registerVisitor(health, screenshotNik));
  await expect(visitor.page).toHaveURL(/\/hasil\//);
  return { unit, result: visitor.page.url() };
}

async function compare(page: Page, name: string, mask: Locator[]) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await expect.soft(page).toHaveScreenshot(name, {
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
    mask,
    maskColor: '#94a3b8',
    stylePath: 'e2e/support/screenshot.css',
  });
}

test('the dashboard, the desk, the posters and the visitor’s result look as approved, on a laptop and a phone', async ({
  browser,
  apiAs,
}) => {
  test.setTimeout(180_000);
  const door = await browser.newContext(phoneScreen);
  const { unit, result } = await setUp(
    await apiAs('villageAdmin'),
    await apiAs('regencyHealth'),
    new DoorPage(await door.newPage()),
  );
  await door.close();
  for (const width of widths) {
    const screen =
      width === 390
        ? { ...phoneScreen, viewport: { width, height: 844 } }
        : { viewport: { width, height: 800 } };
    const admin = await browser.newContext({
      ...screen,
      storageState: 'e2e/.auth/villageAdmin.json',
    });
    const page = await admin.newPage();

    await page.goto(`/u/${unit}`);
    await expect(page.getByText('● Langsung')).toBeVisible();
    const section = (heading: string) =>
      page
        .locator('section')
        .filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
    await compare(page, `dashboard-${width}.png`, [
      page.locator('section[aria-labelledby="live-title"]'),
      page.locator('input[type="date"]'),
      page.getByText(/^Menampilkan /),
      section('Check-in per hari'),
      section('Jam sibuk: hari × jam'),
    ]);

    await page.goto(`/u/${unit}/desk`);
    await expect(page.getByText('● Langsung')).toBeVisible();
    await expect(page.getByTestId('desk-log').locator('tbody tr')).toHaveCount(5);
    // Times and receipt codes; the masked NIKs are the test's own, the same every run.
    await compare(page, `desk-${width}.png`, [
      page.getByTestId('desk-log').locator('.tabular-nums, [data-receipt]'),
    ]);

    await page.goto(`/u/${unit}/posters`);
    await compare(page, `posters-${width}.png`, [
      page.locator('input[type="date"]'),
      page.locator('img[alt^="Kode QR"]'),
      page.locator('[data-testid="posters-table"] td.font-mono'),
      page
        .locator('[data-testid="posters-table"] tbody')
        .locator('td:nth-child(5), td:nth-child(8)'),
    ]);
    await admin.close();

    // The visitor's result page, as their phone (or a laptop at the door) shows it.
    const visitor = await browser.newContext(screen);
    const phone = await visitor.newPage();
    await phone.goto(result);
    // Whole lines, not their text: a receipt code's letters are not all one width.
    const moving = phone.locator('dd').filter({ has: phone.locator('time, [data-receipt]') });
    await compare(phone, `visitor-result-${width}.png`, [moving, phone.locator('dd').nth(2)]);
    await visitor.close();
  }
});
