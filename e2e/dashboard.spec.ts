import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ApiKeysPage } from './pages/api-keys';
import { DashboardPage } from './pages/dashboard';
import { unitIdOf } from './support/api';
import { units } from './support/units';
import { unknownNik } from './support/visitors';

async function postCheckin(page: Page, key: string) {
  const res = await page.request.post('/api/v1/checkins', {
    headers: { authorization: `Bearer ${key}` },
    data: { idempotency_key: `dashboard-${Date.now()}-${Math.random()}`, identity: unknownNik },
  });
  expect(res.status()).toBe(201);
  return res.json();
}

const wibHour = () =>
  `${new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Jakarta' }).format(new Date())}.00`;
const plusOne = (text: string) =>
  new Intl.NumberFormat('id-ID').format(Number(text.replace(/\./g, '')) + 1);

test('a check-in posted by a scanner reaches the kelurahan’s and the kecamatan’s open dashboards, not the sibling’s', async ({
  pageAs,
}) => {
  // The kelurahan admin makes a scanner key in the app, as a real office would.
  const admin = await pageAs('villageAdmin');
  const ta = await unitIdOf(admin.request, units.village);
  const key = await new ApiKeysPage(admin).create(ta, 'Kios dasbor');

  const camat = await pageAs('districtOfficial');
  const [cb, tm] = [await unitIdOf(camat.request, units.district), await unitIdOf(camat.request, units.siblingVillage)];
  const sibling = new DashboardPage(await camat.context().newPage());
  const dashboards = [new DashboardPage(admin), new DashboardPage(camat), sibling];
  await Promise.all([dashboards[0]!.open(ta), dashboards[1]!.open(cb), sibling.open(tm)]);

  const hour = wibHour();
  const before = await Promise.all(dashboards.map((d) => d.figures(hour)));
  expect((await postCheckin(admin, key)).status).toBe('tidak_tercatat');

  // Within two seconds, without a reload: the counter and the hourly table's tidak tercatat and total cells.
  for (const [i, d] of dashboards.slice(0, 2).entries()) {
    await expect(d.counter()).toHaveText(plusOne(before[i]!.counter), { timeout: 2_000 });
    const cells = before[i]!.row.split('\t').map((c) => c.trim());
    const expected = [
      cells[0]!,
      cells[1]!,
      cells[2]!,
      cells[3]!,
      cells[4]!,
      plusOne(cells[5]!),
      plusOne(cells[6]!),
      cells[7]!,
    ];
    await expect(d.hourRow(hour).locator('th, td')).toHaveText(expected, { timeout: 2_000 });
  }
  // Both saw the update over the stream: the sibling's stream is open, yet its figures stand.
  await expect(sibling.live).toBeVisible();
  expect(await sibling.figures(hour)).toEqual(before[2]);
  expect(new URL(admin.url()).pathname).toBe(`/u/${ta}`);
});

test('a dashboard that lost its stream catches up on what it missed once it is back', async ({
  pageAs,
}) => {
  const admin = await pageAs('villageAdmin');
  const ta = await unitIdOf(admin.request, units.village);
  const key = await new ApiKeysPage(admin).create(ta, 'Kios dasbor');
  // The stream is cut from the start: the page shows so and keeps what it was rendered with.
  await admin.route('**/live', (route) => route.abort('connectionreset'));
  const dashboard = new DashboardPage(admin);
  await dashboard.goto(ta);
  await expect(dashboard.disconnected).toBeVisible();
  const before = await dashboard.counter().innerText();
  await postCheckin(admin, key);
  await expect(dashboard.counter()).toHaveText(before);

  await admin.unroute('**/live');
  await expect(dashboard.live).toBeVisible();
  await expect(dashboard.counter()).toHaveText(plusOne(before));
});

test('the overview serves an official, an admin and a desk officer; ranges, sorting, paging and drill-down go through the URL', async ({
  pageAs,
}) => {
  const official = await pageAs('regencyOfficial');
  const overview = new DashboardPage(official);
  const regency = await unitIdOf(official.request, units.regency);
  await overview.goto(regency);
  await expect(official.getByTestId('counter-checkins')).toContainText('Check-in hari ini');
  const table = overview.childrenTable;
  await expect(table.getByText('Halaman 1 dari 2')).toBeVisible();
  await table.getByRole('button', { name: 'Unit', exact: true }).click();
  await expect(official).toHaveURL(/sort=name&dir=asc/);
  await expect(table.getByRole('columnheader', { name: 'Unit' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const names = await table.locator('tbody th a').allInnerTexts();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
  await table.getByRole('button', { name: 'Berikutnya →' }).click();
  await expect(official).toHaveURL(/page=2/);
  await expect(table.getByText('Halaman 2 dari 2')).toBeVisible();

  await official.getByRole('link', { name: '7 hari' }).click();
  await expect(official).toHaveURL(/range=7d/);
  await overview.showTable(overview.dailyTable);
  await expect(overview.dailyTable.locator('tbody tr')).toHaveCount(7);
  await overview.customRange('2026-11-01', '2026-11-03');
  await expect(
    official.getByText('Menampilkan 1 November 2026 sampai 3 November 2026 (WIB)'),
  ).toBeVisible();
  // A reversed range is not an error: the page falls back to today.
  const reversed = await overview.goto(regency, '?range=custom&from=2026-11-03&to=2026-11-01');
  expect(reversed?.status()).toBe(200);
  await expect(official.getByRole('link', { name: 'Hari ini', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // Drill down: a kecamatan's row opens its own overview with the same range (the busiest first:
  // by default the table puts the units that need attention first).
  await overview.goto(regency, '?range=30d&sort=checkins&dir=desc');
  await overview.childrenTable.getByRole('link', { name: 'Cikarang Barat' }).click();
  await expect(official.getByRole('heading', { level: 1 })).toContainText('Cikarang Barat');
  await expect(official).toHaveURL(/range=30d/);
  await expect(official.getByText('Tambah instansi atau tempat usaha')).toHaveCount(0);

  const admin = await pageAs('villageAdmin');
  await new DashboardPage(admin).goto(await unitIdOf(admin.request, units.village));
  await expect(admin.getByTestId('counter-inside')).toContainText('Di dalam sekarang');
  await expect(admin.getByText('Tentang unit ini')).toBeVisible();
  await expect(admin.getByText('Tambah instansi atau tempat usaha')).toBeVisible();
  await expect(admin.getByText('Unit ini belum memiliki unit di bawahnya.')).toBeVisible();

  const desk = await pageAs('villageDesk');
  const deskView = new DashboardPage(desk);
  await deskView.goto(await unitIdOf(desk.request, units.village));
  await expect(desk.getByTestId('counter-admitted')).toContainText('Boleh masuk');
  await expect(deskView.live).toBeVisible();
  await expect(desk.getByText('Petugas loket', { exact: true })).toBeVisible();
  await expect(desk.getByText('Tambah instansi atau tempat usaha')).toHaveCount(0);
});

test('a unit without any check-in says so and what to do, with zeros in its tables', async ({
  pageAs,
}) => {
  const page = await pageAs('cityAdmin');
  const dashboard = new DashboardPage(page);
  await dashboard.goto(await unitIdOf(page.request, units.cityVillage), '?range=30d');
  await expect(page.getByText('Belum ada check-in hari ini.', { exact: false })).toBeVisible();
  await expect(page.getByText('Belum ada check-in pada rentang ini.')).toHaveCount(3);
  await expect(
    page
      .getByText(/Pilih rentang yang lebih panjang, atau pastikan poster QR sudah dipasang/)
      .first(),
  ).toBeVisible();
  await expect(dashboard.counter()).toHaveText('0');
  await dashboard.showTable(dashboard.hourlyTable);
  const rows = dashboard.hourlyTable.locator('tbody tr');
  await expect(rows).toHaveCount(24);
  await expect(rows.first().locator('th, td')).toHaveText(['00.00', '0', '0', '0', '0', '0', '0', '0']);
});
