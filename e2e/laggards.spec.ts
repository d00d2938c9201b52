// Runs after dashboard.spec.ts (files run in name order), which expects Telaga Asih without the
// units that `ownUnit` adds below it.
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { AccountPasswordPage } from './pages/account';
import { ApiKeysPage } from './pages/api-keys';
import { DashboardPage } from './pages/dashboard';
import { LoginPage } from './pages/login';
import { childUnit, jsonHeaders } from './support/api';
import { units } from './support/units';
import { freshNiks } from './support/visitors';

/** Open every day, all day: a unit with this service is due to check visitors in whenever the test runs. */
const allDay = Array(7).fill({ open: '00:00', close: '23:59' });

/** Minutes since midnight WIB, as the server judges "opened an hour ago". */
const wibMinutes = () => {
  const [h, m] = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Jakarta',
  })
    .format(new Date())
    .split(':');
  return Number(h) * 60 + Number(m);
};

async function scan(api: APIRequestContext, key: string, unit: number, nik: string, at?: Date) {
  const res = await api.post('/api/v1/checkins', {
    headers: { authorization: `Bearer ${key}` },
    data: {
      idempotency_key: `attention-${Date.now()}-${Math.random()}`,
      identity: nik,
      unit_id: unit,
      ...(at ? { occurred_at: at.toISOString() } : {}),
    },
  });
  expect(res.status()).toBe(201);
  expect((await res.json()).admitted).toBe(false); // the registry does not know them: refused
}

test('a unit made silent, posterless and refusing is flagged with its reasons, listed, counted, and the table follows a check-in live', async ({
  pageAs,
  ownUnit,
}) => {
  const admin = await pageAs('villageAdmin');
  const api = admin.request;
  // Below the test's own office: one unit that lags in every way, one doing well beside it.
  const lagging = await childUnit(api, ownUnit, 'agency', 'Kantor Tertinggal');
  const busy = await childUnit(api, ownUnit, 'agency', 'Kantor Ramai');
  const service = await api.post(`/api/units/${lagging}/services`, {
    headers: jsonHeaders,
    data: { name: 'Surat keterangan', category: 'umum', openingHours: allDay },
  });
  expect(service.status()).toBe(201);
  expect(
    (
      await api.post(`/api/units/${busy}/posters`, {
        headers: jsonHeaders,
        data: { label: 'Pintu' },
      })
    ).status(),
  ).toBe(201);
  for (let i = 0; i < 5; i++) {
    const desk = await api.post(`/api/units/${busy}/desk/checkins`, {
      headers: jsonHeaders,
      data: { serviceId: null, status: 'hijau' },
    });
    expect(desk.status()).toBe(201);
  }
  // Five visitors turned away yesterday, through a kiosk that was offline; none today.
  const key = await new ApiKeysPage(admin).create(ownUnit, 'Kios kantor uji');
  const yesterday = new Date(Date.now() - 24 * 3600_000);
  for (const nik of freshNiks.slice(0, 5)) await scan(api, key, lagging, nik, yesterday);

  const dashboard = new DashboardPage(admin);
  await dashboard.goto(ownUnit);
  await expect(dashboard.live).toBeVisible();
  const row = dashboard.childRow(lagging);
  const flags = row.getByTestId('flags');
  await expect(flags.locator('[data-flag="noPoster"]')).toHaveText(
    /Tanpa poster.*Belum ada poster aktif, jadi pengunjung tidak bisa check-in\./,
  );
  await expect(flags.locator('[data-flag="refusing"]')).toHaveText(
    /Banyak ditolak.*100% check-in ditolak dalam 7 hari terakhir, jauh di atas unit setingkat \(0%\)\./,
  );
  // Silent once its service has been open an hour: from 01.00 WIB, for a service open from 00.00.
  const silentDue = wibMinutes() >= 60;
  const silent = flags.locator('[data-flag="silent"]');
  if (silentDue) {
    await expect(silent).toHaveText(
      /Sepi.*Tidak ada check-in hari ini, padahal layanan buka sejak 00\.00\./,
    );
    await expect(dashboard.attention.getByTestId('attention-silent')).toContainText(
      'Kantor Tertinggal',
    );
  }
  await expect(dashboard.childRow(busy).getByText('Baik', { exact: true })).toBeVisible();
  // The lagging unit comes first; the tiles name what they leave out, and link there.
  await expect(dashboard.childrenTable.locator('tbody tr').first()).toHaveAttribute(
    'data-unit',
    String(lagging),
  );
  const coverage = admin.getByTestId('children-coverage');
  await expect(coverage.locator('div').filter({ hasText: 'Punya poster aktif' })).toContainText(
    '1 dari 2 unit (50%)',
  );
  await coverage.getByText('Tanpa poster aktif (1)').click();
  await expect(coverage.getByRole('link', { name: 'Kantor Tertinggal' })).toHaveAttribute(
    'href',
    `/u/${lagging}`,
  );

  // A check-in now: its row follows within two seconds, without a reload, and it is silent no more.
  await expect(row.getByTestId('child-today')).toContainText('0');
  await scan(api, key, lagging, freshNiks[5]!);
  await expect(row.getByTestId('child-today').locator('span').first()).toHaveText('1', {
    timeout: 2_000,
  });
  await expect(silent).toHaveCount(0, { timeout: 2_000 });
  await expect(dashboard.attention.getByTestId('attention-silent')).toHaveCount(0);

  // A click on the row opens the unit's own dashboard.
  await row.locator('td').last().click();
  await expect(admin).toHaveURL(new RegExp(`/u/${lagging}$`));
});

test('an official keeps the morning digest on or turns it off on the account page; a desk officer is not offered it', async ({
  page,
  ownAccount,
  pageAs,
}) => {
  const official = await ownAccount('official', units.district);
  await new LoginPage(page).signIn(official.email, official.password);
  const account = new AccountPasswordPage(page);
  await account.open();
  const digest = page.getByLabel(
    'Kirimi saya ringkasan unit yang perlu perhatian setiap pukul 07.00',
  );
  await expect(digest).toBeChecked();
  await expect(page.getByText(`Satu surel per hari ke ${official.email}`)).toBeVisible();
  await digest.uncheck();
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Pengaturan ringkasan harian tersimpan.');
  await page.reload();
  await expect(digest).not.toBeChecked();

  const desk = await pageAs('villageDesk');
  await desk.goto('/akun/kata-sandi');
  await expect(desk.getByRole('heading', { name: 'Ganti kata sandi' })).toBeVisible();
  await expect(desk.getByText('Ringkasan harian')).toHaveCount(0);
  const refused = await desk.request.put('/api/akun/ringkasan-harian', {
    headers: jsonHeaders,
    data: { enabled: false },
  });
  expect(refused.status()).toBe(403);
});
