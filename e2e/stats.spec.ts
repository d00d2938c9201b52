import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { logIn } from './support/session';

const origin = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const headers = { origin, 'content-type': 'application/json' };

async function unitId(page: Page, code: string): Promise<number> {
  const res = await page.request.get(`/api/units/search?q=${code}`);
  const hit = (await res.json()).units.find((u: { code: string }) => u.code === code);
  expect(hit, `unit ${code} visible to this user`).toBeTruthy();
  return hit.id;
}

test('Humas downloads the CSV and the chart of Kabupaten Bekasi from the statistics page', async ({ page, browser }) => {
  // Three check-ins at a kelurahan counter today, through the desk as an officer records them.
  const desk = await browser.newPage();
  await logIn(desk, 'loket.telagaasih@bekasikab.go.id');
  const ta = await unitId(desk, '32.16.08.1008');
  for (const status of ['hijau', 'hijau', 'merah']) {
    expect((await desk.request.post(`/api/units/${ta}/desk/checkins`, { headers, data: { serviceId: null, status } })).status()).toBe(201);
  }
  await desk.close();

  await logIn(page, 'humas@bekasikab.go.id');
  const kab = await unitId(page, '32.16');
  await page.goto(`/u/${kab}`);
  await page.getByRole('link', { name: 'Statistik' }).click();
  await expect(page.getByRole('heading', { name: 'Check-in per hari' })).toBeVisible();
  const total = page.getByRole('row').filter({ hasText: 'Jumlah' });
  const shown = Number((await total.getByRole('cell').nth(1).textContent())!.replace(/\./g, ''));
  expect(shown).toBeGreaterThanOrEqual(3);
  await expect(page.getByText(/pengunjung melakukan check-in di \d+ kantor Kabupaten Bekasi/)).toBeVisible();

  const csvLink = page.getByRole('link', { name: 'CSV' });
  const [csv] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
  expect(csv.suggestedFilename()).toMatch(/^statistik-kabupaten-bekasi-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}-per-hari\.csv$/);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = parse(text.slice(1));
  expect(rows[0]).toEqual(['Tanggal', 'Check-in', 'Diizinkan masuk', 'Tidak diizinkan', 'Persentase diizinkan (%)', 'Hijau', 'Kuning', 'Merah', 'Hitam', 'Tidak tercatat']);
  expect(rows[1]![0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(rows).toHaveLength(1 + 30 + 1);
  expect(rows.at(-1)!.slice(0, 2)).toEqual(['Jumlah', String(shown)]);
  const csvHead = await page.request.get((await csvLink.getAttribute('href'))!);
  expect(csvHead.headers()['content-type']).toBe('text/csv; charset=utf-8');

  const pngLink = page.getByRole('link', { name: 'Grafik (PNG)' });
  const [png] = await Promise.all([page.waitForEvent('download'), pngLink.click()]);
  expect(png.suggestedFilename()).toMatch(/-per-hari\.png$/);
  expect([...readFileSync((await png.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect((await page.request.get((await pngLink.getAttribute('href'))!)).headers()['content-type']).toBe('image/png');
});

test('exports and the public page refuse the wrong tenant; a page not switched on is 404', async ({ page, browser, request }) => {
  const kota = await browser.newPage();
  await logIn(kota, 'admin@bekasikota.go.id');
  const kotaId = await unitId(kota, '32.75');

  await logIn(page, 'humas@bekasikab.go.id');
  const kab = await unitId(page, '32.16');
  for (const file of ['export.csv', 'export.xlsx', 'chart.png']) {
    expect((await page.request.get(`/api/units/${kotaId}/stats/${file}`)).status()).toBe(403);
    expect((await kota.request.get(`/api/units/${kab}/stats/${file}`)).status()).toBe(403);
  }
  // The page too: outside one's subtree, and for a role without statistics (the desk).
  expect((await kota.goto(`/u/${kab}/stats`))?.status()).toBe(403);
  const desk = await browser.newPage();
  await logIn(desk, 'loket.telagaasih@bekasikab.go.id');
  const ta = await unitId(desk, '32.16.08.1008');
  expect((await desk.goto(`/u/${ta}/stats`))?.status()).toBe(403);
  expect((await desk.request.get(`/api/units/${ta}/stats/export.csv`)).status()).toBe(403);
  await desk.close();
  const bad = await page.request.get(`/api/units/${kab}/stats/export.csv?from=2026-12-01&to=2026-01-01`);
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.message).toContain('Rentang atau pengelompokan tidak valid');
  // Humas may export but not publish; Kota's admin may not publish Kabupaten Bekasi.
  expect((await page.request.put(`/api/units/${kab}/public-stats`, { headers, data: { enabled: true } })).status()).toBe(403);
  expect((await kota.request.put(`/api/units/${kab}/public-stats`, { headers, data: { enabled: true } })).status()).toBe(403);
  expect((await request.get(`/statistik/${kab}`)).status()).toBe(404);
  expect((await request.get(`/statistik/${kab}/embed`)).status()).toBe(404);

  // Kota Bekasi's admin switches its page on: open to anyone, and only its embed view may be framed.
  expect((await kota.request.put(`/api/units/${kotaId}/public-stats`, { headers, data: { enabled: true } })).status()).toBe(200);
  const open = await request.get(`/statistik/${kotaId}`);
  expect(open.status()).toBe(200);
  expect(open.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
  expect(open.headers()['cache-control']).toContain('s-maxage=300');
  const embed = await request.get(`/statistik/${kotaId}/embed`);
  expect(embed.status()).toBe(200);
  expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
  expect((await embed.text()).replace(/<!-- -->/g, '')).toContain('Statistik check-in Kota Bekasi');
  expect((await request.get(`/statistik/${kab}`)).status()).toBe(404);
  expect((await kota.request.put(`/api/units/${kotaId}/public-stats`, { headers, data: { enabled: false } })).status()).toBe(200);
  expect((await request.get(`/statistik/${kotaId}`)).status()).toBe(404);
  await kota.close();
});
