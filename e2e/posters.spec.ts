import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { officeHours } from '@/lib/services/input';
import { expect, signedInAs, test } from './fixtures';
import { jsonHeaders, origin, unitIdOf } from './support/api';
import { units } from './support/units';

type PosterJson = { id: number; label: string; token: string | null; revokedAt: string | null; serviceName: string | null };

async function posterList(page: Page, unit: number): Promise<PosterJson[]> {
  return (await (await page.request.get(`/api/units/${unit}/posters`)).json()).posters;
}

async function serviceNames(page: Page, unit: number): Promise<string[]> {
  return (await (await page.request.get(`/api/units/${unit}/services`)).json()).services.map((s: { name: string }) => s.name);
}

function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

async function pdfPages(bytes: Buffer) {
  const pdf = await PDFDocument.load(new Uint8Array(bytes));
  return pdf.getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())]);
}

// Every test here is the kelurahan admin's; those that change things do so in a unit of their own.
test.use(signedInAs('villageAdmin'));

test('an admin sets up a service and a poster, prints it, and the downloaded QR leads to the check-in page until rotated', async ({
  page,
  services,
  posters,
  posterSheet,
}) => {
  // Telaga Asih itself: the sheet names the kelurahan and its kecamatan.
  const unit = await unitIdOf(page.request, units.village);
  const service = `Legalisir ijazah "E2E" & SKHU`;
  const label = `Loket ${Date.now() % 100_000}`;

  await services.goto(unit);
  await services.add(service);
  await posters.goto(unit);
  await posters.add(label, service);
  const poster = (await posterList(page, unit)).find((p) => p.label === label)!;
  const url = `${origin}/c/${poster.token}`;

  await posters.print(label, 'A4');
  await expect(page).toHaveURL(new RegExp(`/posters/print\\?size=A4&poster=${poster.id}$`));
  const sheet = posterSheet.sheets;
  await expect(sheet).toHaveCount(1);
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Kelurahan Telaga Asih');
  await expect(sheet).toContainText('Kecamatan Cikarang Barat');
  await expect(sheet.getByText(service, { exact: true })).toBeVisible();
  await expect(sheet.getByText(label, { exact: true })).toBeVisible();
  await expect(sheet.getByText('Buka kamera ponsel')).toBeVisible();

  // The PNG is the whole A4 poster at 150 dpi, its QR readable; the QR alone comes too.
  const posterPng = await posterSheet.download('Unduh PNG');
  expect([PNG.sync.read(posterPng).width, PNG.sync.read(posterPng).height]).toEqual([1240, 1754]);
  expect(decodeQr(posterPng)).toBe(url);
  expect(decodeQr(await posterSheet.download('Unduh QR saja (PNG)'))).toBe(url);
  const svg = (await posterSheet.download('Unduh SVG')).toString('utf8');
  expect(svg).toContain('Legalisir ijazah &#34;E2E&#34; &#38; SKHU');
  expect(await pdfPages(await posterSheet.download('Unduh PDF'))).toEqual([[595, 842]]); // one A4 page

  // The printed URL opens the visitor's check-in page for that counter.
  await page.goto(url);
  await expect(page.getByText(service, { exact: true })).toBeVisible();
  await expect(page.getByLabel('NIK atau nomor ponsel')).toBeVisible();

  await posters.goto(unit);
  const row = posters.row(label);
  const oldCode = (await row.locator('td.font-mono').textContent())!;
  await posters.rotate(label);
  await expect(row.locator('td.font-mono')).not.toHaveText(oldCode);
  const rotated = (await posterList(page, unit)).find((p) => p.id === poster.id)!;
  expect(rotated.token).not.toBe(poster.token);

  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Poster ini sudah tidak berlaku' })).toBeVisible();
  await expect(page.getByText(/Minta petugas/)).toBeVisible();
  await page.goto(`${origin}/c/${rotated.token}`);
  await expect(page.getByText(label, { exact: true })).toBeVisible();
});

test('the admin reads service and poster changes in the audit log, filtered by action and date', async ({
  page,
  ownUnit: unit,
  audit,
}) => {
  // Today's changes in the test's own unit: a service made, and a poster for it given a new code.
  const base = `/api/units/${unit}`;
  const made = await page.request.post(`${base}/services`, {
    headers: jsonHeaders,
    data: { name: `Legalisir ijazah "E2E" & SKHU`, category: 'pendidikan', openingHours: officeHours, dailyCapacity: 30 },
  });
  expect(made.status()).toBe(201);
  const poster = await page.request.post(`${base}/posters`, {
    headers: jsonHeaders,
    data: { label: 'Loket audit', serviceId: (await made.json()).service.id },
  });
  expect(poster.status()).toBe(201);
  const rotate = await page.request.post(`${base}/posters/${(await poster.json()).poster.id}/rotate`, { headers: { origin } });
  expect(rotate.status()).toBe(200);

  const day = (offset: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() + offset * 86_400_000));
  await audit.goto(unit);
  await audit.filter('poster.rotate', day(0), day(0));
  await expect(audit.actions.first()).toHaveText('Kode poster diganti');
  expect(new Set(await audit.actions.allTextContents())).toEqual(new Set(['Kode poster diganti']));
  // The change in words: the old code struck through, then the new one.
  await expect(audit.rows.first()).toContainText(/Kode\s*[A-Z2-9]{8}\s*→\s*[A-Z2-9]{8}/);

  await audit.filter('service.create', day(0), day(0));
  await expect(audit.rows.filter({ hasText: 'Legalisir ijazah' })).toHaveCount(1);
  await expect(audit.rows.filter({ hasText: 'Legalisir ijazah' })).toContainText('Kuota harian30');
  expect(new Set(await audit.actions.allTextContents())).toEqual(new Set(['Layanan ditambahkan']));

  await audit.filter('service.create', day(1), day(1));
  await expect(page.getByText('Belum ada catatan untuk filter ini.')).toBeVisible();
  await expect(audit.rows).toHaveCount(0);
});

test('the all-posters PDF has one page per valid poster, in A4 and A5', async ({ page, ownUnit: unit, posterSheet }) => {
  // Three more posters, one of them revoked: revoked posters are not printed.
  for (const label of ['Pintu Samping', 'Pintu Darurat', 'Pintu Belakang']) {
    const res = await page.request.post(`/api/units/${unit}/posters`, { headers: jsonHeaders, data: { label } });
    expect(res.status()).toBe(201);
  }
  const gone = (await posterList(page, unit)).find((p) => p.label === 'Pintu Belakang' && !p.revokedAt)!;
  expect((await page.request.post(`/api/units/${unit}/posters/${gone.id}/revoke`, { headers: jsonHeaders })).status()).toBe(204);
  const valid = (await posterList(page, unit)).filter((p) => !p.revokedAt);
  expect(valid.length).toBeGreaterThanOrEqual(2);

  await posterSheet.goto(unit, 'size=A5');
  await expect(posterSheet.sheets).toHaveCount(valid.length);
  const a5 = await pdfPages(await posterSheet.download('Unduh PDF'));
  expect(a5).toEqual(valid.map(() => [420, 595]));
  const a4 = await page.request.get(`/api/units/${unit}/posters/all.pdf`);
  expect(a4.headers()['content-type']).toBe('application/pdf');
  expect(await pdfPages(await a4.body())).toEqual(valid.map(() => [595, 842]));
});

test('bad service and poster input gets a clear message in the form and stores nothing', async ({
  page,
  ownUnit: unit,
  services,
  posters,
}) => {
  const servicesBefore = await serviceNames(page, unit);
  const postersBefore = await posterList(page, unit);

  await services.goto(unit);
  await services.addButton.click();
  const submit = services.addButton;
  await submit.click();
  await expect(services.alert('Nama layanan wajib diisi.')).toBeVisible();

  await services.name.fill('<script>alert(1)</script>');
  await submit.click();
  await expect(services.alert('Nama layanan tidak boleh berisi tanda < atau >.')).toBeVisible();

  await services.name.fill('Surat pindah');
  await services.capacity.fill('-1');
  await submit.click();
  await expect(services.alert('Kuota harian tidak boleh kurang dari nol.')).toBeVisible();

  await services.capacity.fill('10');
  await page.getByLabel('Senin Tutup').fill('07:00');
  await submit.click();
  await expect(services.alert('Jam tutup harus setelah jam buka.')).toBeVisible();
  expect(await serviceNames(page, unit)).toEqual(servicesBefore);

  await posters.goto(unit);
  await posters.label.fill('L'.repeat(10_000));
  await posters.createButton.click();
  await expect(posters.alert('Label poster paling panjang 60 karakter.')).toBeVisible();
  await posters.label.fill('<script>alert(1)</script>');
  await posters.createButton.click();
  await expect(posters.alert('Label poster tidak boleh berisi tanda < atau >.')).toBeVisible();
  await posters.label.fill('');
  await posters.createButton.click();
  await expect(posters.alert('Label poster wajib diisi.')).toBeVisible();
  expect(await posterList(page, unit)).toEqual(postersBefore);
});

test('the API answers bad input with 422 and a message in Bahasa Indonesia, storing nothing', async ({ page, ownUnit: unit }) => {
  const base = `/api/units/${unit}`;
  const hours = Array.from({ length: 7 }, () => ({ open: '08:00', close: '15:00' }));
  const good = { name: 'Kartu Keluarga', category: 'kependudukan', openingHours: hours, dailyCapacity: 10 };
  const made = await page.request.post(`${base}/services`, { headers: jsonHeaders, data: good });
  expect(made.status()).toBe(201);
  const id = (await made.json()).service.id;
  const door = await page.request.post(`${base}/posters`, { headers: jsonHeaders, data: { label: 'Pintu Ukur' } });
  expect(door.status()).toBe(201);
  const doorId = (await door.json()).poster.id;
  const servicesBefore = (await (await page.request.get(`${base}/services`)).json()).services;
  const postersBefore = await posterList(page, unit);

  const cases: [string, string, unknown, string][] = [
    ['POST', `${base}/services`, { ...good, name: '' }, 'Nama layanan wajib diisi.'],
    ['POST', `${base}/services`, { ...good, openingHours: [{ open: '15:00', close: '08:00' }, ...hours.slice(1)] }, 'Jam tutup harus setelah jam buka.'],
    ['POST', `${base}/services`, { ...good, dailyCapacity: -3 }, 'Kuota harian tidak boleh kurang dari nol.'],
    ['POST', `${base}/services`, { ...good, name: '<script>alert(1)</script>' }, 'Nama layanan tidak boleh berisi tanda < atau >.'],
    ['PATCH', `${base}/services/${id}`, { ...good, name: 'x'.repeat(10_000) }, 'Nama layanan paling panjang 120 karakter.'],
    ['PATCH', `${base}/services/${id}`, { ...good, dailyCapacity: -1 }, 'Kuota harian tidak boleh kurang dari nol.'],
    ['POST', `${base}/services/${id}/pause`, { paused: 'ya' }, 'Isi paused dengan true atau false.'],
    ['POST', `${base}/services/template`, { template: 'pabrik' }, 'Pilih templat layanan.'],
    ['POST', `${base}/posters`, { label: 'L'.repeat(10_000) }, 'Label poster paling panjang 60 karakter.'],
    ['POST', `${base}/posters`, { label: '<script>alert(1)</script>' }, 'Label poster tidak boleh berisi tanda < atau >.'],
    ['POST', `${base}/posters`, { label: '   ' }, 'Label poster wajib diisi.'],
  ];
  for (const [method, url, data, message] of cases) {
    const res = await page.request.fetch(url, { method, headers: jsonHeaders, data });
    expect({ url, status: res.status(), message: (await res.json()).error.message }).toEqual({ url, status: 422, message });
  }
  const a3 = await page.request.get(`${base}/posters/${doorId}/poster.pdf?size=A3`);
  expect({ status: a3.status(), message: (await a3.json()).error.message }).toEqual({ status: 422, message: 'Ukuran kertas harus A4 atau A5.' });
  expect((await (await page.request.get(`${base}/services`)).json()).services).toEqual(servicesBefore);
  expect(await posterList(page, unit)).toEqual(postersBefore);
});

test('markup in names is shown as text on every page and poster, never run', async ({ page, services, posters, posterSheet }) => {
  const ta = await unitIdOf(page.request, units.village);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  // Unit names are free text: an agency under the kelurahan carries markup in its name.
  const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)> Puskesmas ${Date.now() % 100_000}`;
  const child = await page.request.post(`/api/units/${ta}/children`, { headers: jsonHeaders, data: { kind: 'agency', name: hostile } });
  expect(child.status()).toBe(201);
  const unit = (await child.json()).unit.id;
  const service = `Imunisasi "anak" & balita`;
  await services.goto(unit);
  await services.add(service);
  await expect(page.getByText(hostile).first()).toBeVisible();
  await posters.goto(unit);
  await posters.add(`Loket 'A' & "B"`, service);

  await posterSheet.goto(unit, 'size=A4');
  await expect(posterSheet.sheets.getByRole('heading', { level: 1 })).toHaveText(hostile);
  await expect(page.locator('article img')).toHaveCount(0);
  const poster = (await posterList(page, unit))[0]!;
  await posterSheet.goto(unit, `size=A4&poster=${poster.id}`);
  expect(decodeQr(await posterSheet.download('Unduh PNG'))).toBe(`${origin}/c/${poster.token}`);
  const svg = (await posterSheet.download('Unduh SVG')).toString('utf8');
  expect(svg).not.toContain('<script');
  expect(svg).not.toContain('<img');
  expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  expect(await pdfPages(await posterSheet.download('Unduh PDF'))).toEqual([[595, 842]]);
  await page.goto(`${origin}/c/${poster.token}`);
  await expect(page.getByText(hostile)).toBeVisible();
  expect(dialogs).toBe(0);
});
