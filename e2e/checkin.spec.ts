import { type APIRequestContext, devices, expect, type Page, test } from '@playwright/test';
import { demoVisitors } from '@/lib/demo/registry';
import { officeHours } from '@/lib/services/input';
import { logIn } from './support/session';
import { invalidNik, unknownNik } from './support/visitors';

const origin = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const TA = '32.16.08.1008';
const hijau = demoVisitors.find((v) => v.status === 'hijau')!.nik;
const kuning = demoVisitors.find((v) => v.status === 'kuning')!.nik;

// A cheap phone's screen; the browser stays the suite's chromium.
const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices['Pixel 5'];
const pixel5 = { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch };
test.use(pixel5);

/** As the unit's admin: a fresh entrance poster that admits hijau and kuning. */
async function newPoster(request: APIRequestContext, page: Page) {
  await logIn(page, 'admin.telagaasih@bekasikab.go.id');
  const search = await request.get(`/api/units/search?q=${TA}`);
  const unit = (await search.json()).units.find((u: { code: string }) => u.code === TA);
  const headers = { origin, 'content-type': 'application/json' };
  expect((await request.put(`/api/units/${unit.id}/entry-policy`, { headers, data: { admits: ['hijau', 'kuning'] } })).status()).toBe(200);
  const created = await request.post(`/api/units/${unit.id}/posters`, { headers, data: { label: 'Pintu uji ponsel' } });
  expect(created.status()).toBe(201);
  const { poster } = await created.json();
  return { unitId: unit.id as number, poster: poster as { id: number; token: string } };
}

/** The banner's background as the screen shows it (tailwind 4 writes colours in lab()). */
async function painted(banner: ReturnType<Page['locator']>) {
  return banner.evaluate((el) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.fillStyle = getComputedStyle(el).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return { red: r! > 150 && g! < 100, green: g! > r! + 50 && g! > b! + 50 };
  });
}

async function scan(page: Page, token: string, typed: string) {
  await page.goto(`/c/${token}`);
  await page.getByLabel('NIK atau nomor ponsel').fill(typed);
  await page.getByRole('button', { name: 'Check-in' }).click();
}

test('a visitor checks in on a phone, is admitted, checks out; unknown and rotated are refused clearly', async ({ page, browser }) => {
  const { unitId, poster } = await newPoster(page.request, page);
  const visitor = await browser.newPage({ ...pixel5 }); // no session: visitors do not log in

  await scan(visitor, poster.token, hijau);
  const banner = visitor.locator('[data-status]');
  await expect(banner).toHaveAttribute('data-status', 'hijau');
  await expect(banner).toContainText('Silakan masuk');
  await expect(banner).toContainText('Hijau: sudah vaksin lengkap');
  await expect(visitor.getByText('Telaga Asih', { exact: false })).toBeVisible();
  expect(await painted(banner)).toEqual(expect.objectContaining({ green: true }));
  const box = await banner.boundingBox();
  expect(box!.width).toBeGreaterThan(300); // large, on a 393 px wide screen
  const result = visitor.url();

  // The same phone scanning the same poster again gets the same check-in, not a second one.
  await scan(visitor, poster.token, hijau);
  await expect(banner).toHaveAttribute('data-status', 'hijau');
  expect(visitor.url()).toBe(result);

  await visitor.getByRole('button', { name: 'Check-out / Keluar' }).click();
  await expect(visitor.getByRole('status')).toHaveText('Check-out tercatat. Terima kasih atas kunjungan Anda.');

  await scan(visitor, poster.token, unknownNik);
  await expect(banner).toHaveAttribute('data-status', 'merah');
  await expect(banner).toContainText('Tidak diizinkan masuk');
  await expect(visitor.getByText('Anda belum tercatat menerima vaksin')).toContainText('vaksinasi di puskesmas terdekat');
  expect(await painted(banner)).toEqual(expect.objectContaining({ red: true }));
  await expect(visitor.getByRole('button', { name: 'Check-out / Keluar' })).toHaveCount(0);

  await scan(visitor, poster.token, invalidNik);
  await expect(visitor.getByRole('alert').filter({ hasText: 'NIK' })).toHaveText('NIK tidak valid: kode wilayah pada 6 angka pertama tidak dikenal.');

  const rotated = await page.request.post(`/api/units/${unitId}/posters/${poster.id}/rotate`, { headers: { origin } });
  expect(rotated.status()).toBe(200);
  await visitor.goto(`/c/${poster.token}`);
  await expect(visitor.getByRole('heading', { name: 'Poster ini sudah tidak berlaku' })).toBeVisible();
  await expect(visitor.getByLabel('NIK atau nomor ponsel')).toHaveCount(0);
  const fresh = (await rotated.json()).poster.token as string;
  await scan(visitor, fresh, hijau);
  await expect(banner).toHaveAttribute('data-status', 'hijau');

  const unknown = await visitor.goto('/c/AAAAAAAAAAAAAAAAAAAAAAAA');
  expect(unknown!.status()).toBe(404);
  await expect(visitor.getByRole('heading', { name: 'Kode QR tidak dikenal' })).toBeVisible();
  expect((await visitor.goto('/c/bukan%20poster'))!.status()).toBe(404);

  // What a phone downloads to open a poster, on a first visit: every script, framework included.
  const phone = await browser.newPage({ ...pixel5 });
  const scripts = new Map<string, { raw: number; sent: number }>();
  phone.on('requestfinished', async (req) => {
    if (req.resourceType() !== 'script') return;
    const raw = (await (await req.response())!.body()).length;
    scripts.set(new URL(req.url()).pathname, { raw, sent: (await req.sizes()).responseBodySize });
  });
  await phone.goto(`/c/${fresh}`, { waitUntil: 'networkidle' });
  const sum = (k: 'raw' | 'sent') => [...scripts.values()].reduce((a, s) => a + s[k], 0);
  console.log(`poster page JavaScript: ${scripts.size} scripts, ${Math.round(sum('raw') / 1024)} KiB, ${Math.round(sum('sent') / 1024)} KiB sent`);
  expect(scripts.size).toBeGreaterThan(0);
  expect(sum('sent')).toBeLessThan(200 * 1024);

  // The page has no script of its own: with JavaScript off the whole visit still works.
  const plain = await browser.newContext({ ...pixel5, javaScriptEnabled: false });
  const old = await plain.newPage();
  await scan(old, fresh, kuning);
  await expect(old.locator('[data-status]')).toHaveAttribute('data-status', 'kuning');
  await expect(old.locator('[data-status]')).toContainText('Silakan masuk');
  await old.getByRole('button', { name: 'Check-out / Keluar' }).click();
  await expect(old.getByRole('status')).toHaveText('Check-out tercatat. Terima kasih atas kunjungan Anda.');
  await plain.close();
});

test('a paused service’s poster says so before the visitor types anything, and takes visitors again once resumed', async ({ page }) => {
  const { unitId } = await newPoster(page.request, page);
  const headers = { origin, 'content-type': 'application/json' };
  const created = await page.request.post(`/api/units/${unitId}/services`, {
    headers,
    data: { name: 'Mutasi siswa', category: 'pendidikan', openingHours: officeHours, dailyCapacity: 20 },
  });
  expect(created.status()).toBe(201);
  const { service } = await created.json();
  const counter = await page.request.post(`/api/units/${unitId}/posters`, { headers, data: { label: 'Loket mutasi', serviceId: service.id } });
  const { poster } = await counter.json();
  expect((await page.request.post(`/api/units/${unitId}/services/${service.id}/pause`, { headers, data: { paused: true } })).status()).toBe(200);

  await page.goto(`/c/${poster.token}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Layanan ini sedang tidak menerima pengunjung');
  await expect(page.getByText('Mutasi siswa')).toBeVisible();
  await expect(page.getByLabel('NIK atau nomor ponsel')).toHaveCount(0);

  expect((await page.request.post(`/api/units/${unitId}/services/${service.id}/pause`, { headers, data: { paused: false } })).status()).toBe(200);
  await scan(page, poster.token, hijau);
  await expect(page.getByText('Silakan masuk')).toBeVisible();
});
