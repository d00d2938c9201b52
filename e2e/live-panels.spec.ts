// Specs run in name order: this one comes after dashboard.spec, whose kelurahan must still have
// no unit below it (these tests add their own).
import { expect, test } from './fixtures';
import { DashboardPage } from './pages/dashboard';
import { jsonHeaders as headers, unitIdOf } from './support/api';
import { units } from './support/units';

const wibHour = () =>
  `${new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Jakarta' }).format(new Date())}.00`;

test('a check-in changes the daily chart, services, refusals and busy hours within two seconds, without a reload', async ({
  pageAs,
  apiAs,
  ownUnit,
}) => {
  const admin = await pageAs('villageAdmin');
  const dashboard = new DashboardPage(admin);
  await dashboard.goto(ownUnit);
  await expect(dashboard.live).toBeVisible();
  // A new office: nothing in its range yet, its daily table all zeros.
  await expect(admin.getByText('Belum ada check-in pada rentang ini.')).toHaveCount(3);
  await expect(dashboard.dailyTable.locator('tbody tr')).toHaveCount(1);
  await expect(dashboard.dailyTable.locator('tbody td').nth(5)).toHaveText('0');
  // Nothing last week to compare today with: the counters say so instead of "+1".
  await expect(admin.getByTestId('counter-checkins')).toContainText('belum ada data');
  // Every panel follows the stream: none says how old it is.
  await expect(admin.getByTestId('updated-ago')).toHaveCount(1); // the survey's, which cannot follow it
  await admin.evaluate(() => Object.assign(window, { notReloaded: true }));

  // The desk records a visitor whose certificate shows merah: refused at the entrance.
  const desk = await apiAs('villageDesk');
  const res = await desk.post(`/api/units/${ownUnit}/desk/checkins`, {
    headers,
    data: { serviceId: null, status: 'merah' },
  });
  expect(res.status()).toBe(201);
  const hour = wibHour();

  const soon = { timeout: 2_000 };
  // By day: today's total and its merah.
  await expect(dashboard.dailyTable.locator('tbody tr').first().locator('td')).toHaveText(
    ['0', '0', '1', '0', '0', '1', '0'],
    soon,
  );
  // By service: the entrance, one check-in, none admitted.
  await expect(dashboard.servicesTable.locator('tbody tr')).toHaveCount(1, soon);
  await expect(dashboard.servicesTable.locator('tbody tr').first().locator('th, td')).toHaveText(
    ['Pintu masuk unit', '1', '0', '0%'],
    soon,
  );
  // Refused for its status.
  await expect(
    dashboard.reasonsTable
      .getByRole('row', { name: /^Status/ })
      .locator('td')
      .first(),
  ).toHaveText('1', soon);
  // Busy hours: one cell, at this hour of today.
  const busy = dashboard.heatmap.locator('td').filter({ hasText: /^1$/ });
  await expect(busy).toHaveCount(1, soon);
  await expect(busy).toHaveAttribute('title', new RegExp(` ${hour.replace('.', '\\.')}: 1$`));

  expect(
    await admin.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
  await expect(admin.getByText('Belum ada check-in pada rentang ini.')).toHaveCount(0);
});

test('a range that has ended does not follow the stream and says how old its figures are', async ({
  pageAs,
  ownUnit,
}) => {
  const admin = await pageAs('villageAdmin');
  await new DashboardPage(admin).goto(ownUnit, '?range=custom&from=2026-01-05&to=2026-01-11');
  // By day, by service, refusals, busy hours and the survey.
  await expect(admin.getByTestId('updated-ago')).toHaveCount(5);
  await expect(admin.getByTestId('updated-ago').first()).toHaveText(
    /^(baru saja diperbarui|diperbarui \d+ detik lalu)$/,
  );
  await expect(admin.getByTestId('updated-ago').first()).toHaveText(/^diperbarui \d+ detik lalu$/, {
    timeout: 8_000,
  });
});

test('the overview’s panels answer their own unit’s users only', async ({
  apiAs,
  ownUnit,
  request,
}) => {
  const path = (unit: number) => `/api/units/${unit}/overview?range=7d`;
  const official = await apiAs('districtOfficial');
  const own = await official.get(path(ownUnit));
  expect(own.status()).toBe(200);
  const panels = await own.json();
  expect(panels.days).toHaveLength(7);
  expect(Object.keys(panels).sort()).toEqual(['days', 'heat', 'marks', 'reasons', 'services']);

  // Another regency's admin, and the signed-out, are refused; nothing of the unit is told.
  const kota = await apiAs('cityAdmin');
  const refused = await kota.get(path(ownUnit));
  expect(refused.status()).toBe(403);
  expect(await refused.text()).not.toContain('"days"');
  expect((await request.get(path(ownUnit))).status()).toBe(401);
  // And the other way round: Kota Bekasi's own overview is not Kabupaten Bekasi's to read.
  const kotaId = await unitIdOf(kota, units.city);
  expect((await official.get(path(kotaId))).status()).toBe(403);
  // A broken range is read as the page reads it: today.
  const broken = await official.get(
    `/api/units/${ownUnit}/overview?range=custom&from=2026-13-01&to=x`,
  );
  expect(broken.status()).toBe(200);
  expect((await broken.json()).days).toHaveLength(1);
});
