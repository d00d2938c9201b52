import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { logIn } from './support/session';
import { unknownNik } from './support/visitors';

const TA = '32.16.08.1008'; // Kelurahan Telaga Asih
const TM = '32.16.08.2001'; // Desa Telagamurni, its sibling in Kecamatan Cikarang Barat
const CB = '32.16.08'; // Kecamatan Cikarang Barat

async function unitId(page: Page, code: string): Promise<number> {
  const res = await page.request.get(`/api/units/search?q=${code}`);
  const hit = (await res.json()).units.find((u: { code: string }) => u.code === code);
  expect(hit, `unit ${code} visible to this user`).toBeTruthy();
  return hit.id;
}

async function loggedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, email);
  return page;
}

/** An open overview: its live counter and the hourly table's row for the current WIB hour. */
class Dashboard {
  constructor(readonly page: Page) {}

  async open(id: number) {
    await this.page.goto(`/u/${id}`);
    await expect(this.page.getByText('● Langsung')).toBeVisible();
    await this.page.getByTestId('hourly-table').getByText('Tabel angka').click();
  }

  counter(): Locator {
    return this.page.getByTestId('counter-checkins').locator('p').nth(1);
  }

  /** The hourly table's row of this hour: [hour, hijau, kuning, merah, hitam, tidak tercatat, total, last week]. */
  hourRow(hour: string): Locator {
    return this.page
      .getByTestId('hourly-table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: hour, exact: true }) });
  }

  async figures(hour: string) {
    return { counter: await this.counter().innerText(), row: await this.hourRow(hour).innerText() };
  }
}

/** The kelurahan admin makes a scanner key in the app, as a real office would. */
async function scannerKey(admin: Page, unit: number): Promise<string> {
  await admin.goto(`/u/${unit}/api-keys`);
  await admin.getByLabel('Nama kunci').fill('Kios dasbor');
  await admin.getByRole('button', { name: 'Buat kunci' }).click();
  const key = await admin
    .getByRole('status')
    .filter({ hasText: 'hanya ditampilkan sekali' })
    .locator('code')
    .innerText();
  expect(key).toMatch(/^pnd_/);
  return key;
}

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
  browser,
}) => {
  const admin = await loggedIn(browser, 'admin.telagaasih@bekasikab.go.id');
  const ta = await unitId(admin, TA);
  const key = await scannerKey(admin, ta);

  const camat = await loggedIn(browser, 'camat.cikarangbarat@bekasikab.go.id');
  const [cb, tm] = [await unitId(camat, CB), await unitId(camat, TM)];
  const sibling = new Dashboard(await camat.context().newPage());
  const dashboards = [new Dashboard(admin), new Dashboard(camat), sibling];
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
  await expect(sibling.page.getByText('● Langsung')).toBeVisible();
  expect(await sibling.figures(hour)).toEqual(before[2]);
  expect(new URL(admin.url()).pathname).toBe(`/u/${ta}`);
  await admin.context().close();
  await camat.context().close();
});

test('a dashboard that lost its stream catches up on what it missed once it is back', async ({
  browser,
}) => {
  const admin = await loggedIn(browser, 'admin.telagaasih@bekasikab.go.id');
  const ta = await unitId(admin, TA);
  const key = await scannerKey(admin, ta);
  // The stream is cut from the start: the page shows so and keeps what it was rendered with.
  await admin.route('**/live', (route) => route.abort('connectionreset'));
  await admin.goto(`/u/${ta}`);
  await expect(admin.getByText('○ Terputus, mencoba lagi…')).toBeVisible();
  const dashboard = new Dashboard(admin);
  const before = await dashboard.counter().innerText();
  await postCheckin(admin, key);
  await expect(dashboard.counter()).toHaveText(before);

  await admin.unroute('**/live');
  await expect(admin.getByText('● Langsung')).toBeVisible();
  await expect(dashboard.counter()).toHaveText(plusOne(before));
  await admin.context().close();
});

test('the overview serves an official, an admin and a desk officer; ranges, sorting, paging and drill-down go through the URL', async ({
  browser,
}) => {
  const official = await loggedIn(browser, 'pemantau@bekasikab.go.id');
  const regency = await unitId(official, '32.16');
  await official.goto(`/u/${regency}`);
  await expect(official.getByTestId('counter-checkins')).toContainText('Check-in hari ini');
  const children = official.getByTestId('children-table');
  await expect(official.getByText(/Halaman 1 dari 2 \(2\d unit\)/)).toBeVisible();
  await official.getByRole('link', { name: 'Urutkan menurut Unit' }).click();
  await expect(official).toHaveURL(/sort=name&dir=asc/);
  const names = await children.locator('tbody th a').allInnerTexts();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
  await official.getByRole('link', { name: 'Berikutnya →' }).click();
  await expect(official.getByText(/Halaman 2 dari 2/)).toBeVisible();

  await official.getByRole('link', { name: '7 hari' }).click();
  await expect(official).toHaveURL(/range=7d/);
  await official.getByTestId('daily-table').getByText('Tabel angka').click();
  await expect(official.getByTestId('daily-table').locator('tbody tr')).toHaveCount(7);
  await official.getByRole('textbox', { name: 'Dari' }).fill('2026-11-01');
  await official.getByRole('textbox', { name: 'Sampai' }).fill('2026-11-03');
  await official.getByRole('button', { name: 'Terapkan' }).click();
  await expect(
    official.getByText('Menampilkan 1 November 2026 sampai 3 November 2026 (WIB)'),
  ).toBeVisible();
  // A reversed range is not an error: the page falls back to today.
  const reversed = await official.goto(`/u/${regency}?range=custom&from=2026-11-03&to=2026-11-01`);
  expect(reversed?.status()).toBe(200);
  await expect(official.getByRole('link', { name: 'Hari ini' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // Drill down: a kecamatan's row opens its own overview with the same range.
  await official.goto(`/u/${regency}?range=30d`);
  await official
    .getByTestId('children-table')
    .getByRole('link', { name: 'Cikarang Barat' })
    .click();
  await expect(official.getByRole('heading', { level: 1 })).toContainText('Cikarang Barat');
  await expect(official).toHaveURL(/range=30d/);
  await expect(official.getByText('Tambah instansi atau tempat usaha')).toHaveCount(0);
  await official.context().close();

  const admin = await loggedIn(browser, 'admin.telagaasih@bekasikab.go.id');
  await admin.goto(`/u/${await unitId(admin, TA)}`);
  await expect(admin.getByTestId('counter-inside')).toContainText('Di dalam sekarang');
  await expect(admin.getByText('Tentang unit ini')).toBeVisible();
  await expect(admin.getByText('Tambah instansi atau tempat usaha')).toBeVisible();
  await expect(admin.getByText('Unit ini belum memiliki unit di bawahnya.')).toBeVisible();
  await admin.context().close();

  const desk = await loggedIn(browser, 'loket.telagaasih@bekasikab.go.id');
  await desk.goto(`/u/${await unitId(desk, TA)}`);
  await expect(desk.getByTestId('counter-admitted')).toContainText('Boleh masuk');
  await expect(desk.getByText('● Langsung')).toBeVisible();
  await expect(desk.getByText('Petugas loket', { exact: true })).toBeVisible();
  await expect(desk.getByText('Tambah instansi atau tempat usaha')).toHaveCount(0);
  await desk.context().close();
});

test('a unit without any check-in says so and what to do, with zeros in its tables', async ({
  browser,
}) => {
  const page = await loggedIn(browser, 'admin@bekasikota.go.id');
  await page.goto(`/u/${await unitId(page, '32.75.01.1001')}?range=30d`);
  await expect(page.getByText('Belum ada check-in hari ini.', { exact: false })).toBeVisible();
  await expect(page.getByText('Belum ada check-in pada rentang ini.')).toHaveCount(3);
  await expect(
    page
      .getByText(/Pilih rentang yang lebih panjang, atau pastikan poster QR sudah dipasang/)
      .first(),
  ).toBeVisible();
  await expect(page.getByTestId('counter-checkins').locator('p').nth(1)).toHaveText('0');
  await page.getByTestId('hourly-table').getByText('Tabel angka').click();
  const rows = page.getByTestId('hourly-table').locator('tbody tr');
  await expect(rows).toHaveCount(24);
  await expect(rows.first().locator('th, td')).toHaveText(['00.00', '0', '0', '0', '0', '0', '0', '0']);
  await page.context().close();
});
