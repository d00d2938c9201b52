import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test } from './fixtures';
import { StatsPage } from './pages/stats';
import { childUnit, jsonHeaders as headers, unitIdOf } from './support/api';
import { units } from './support/units';

test('Humas downloads the CSV and the chart of Kabupaten Bekasi from the statistics page', async ({ apiAs, pageAs }) => {
  // Three check-ins at a kelurahan counter today, through the desk as an officer records them,
  // and one at a minimarket registered below it.
  const desk = await apiAs('villageDesk');
  const ta = await unitIdOf(desk, units.village);
  for (const status of ['hijau', 'hijau', 'merah']) {
    expect((await desk.post(`/api/units/${ta}/desk/checkins`, { headers, data: { serviceId: null, status } })).status()).toBe(201);
  }
  const shop = await childUnit(await apiAs('villageAdmin'), ta, 'venue', `Minimarket Statistik ${Date.now() % 100_000}`);
  expect((await desk.post(`/api/units/${shop}/desk/checkins`, { headers, data: { serviceId: null, status: 'hijau' } })).status()).toBe(201);

  const page = await pageAs('regencyComms');
  const stats = new StatsPage(page);
  const kab = await unitIdOf(page.request, units.regency);
  await page.goto(`/u/${kab}`);
  await page.getByRole('link', { name: 'Statistik' }).click();
  await expect(page.getByRole('heading', { name: 'Check-in per hari' })).toBeVisible();
  const shown = Number((await stats.total.getByRole('cell').nth(1).textContent())!.replace(/\./g, ''));
  expect(shown).toBeGreaterThanOrEqual(4);
  // The table sorts by any column: by check-ins, most first, the total still below.
  const table = page.getByRole('table', { name: 'Tanggal' });
  await table.getByRole('button', { name: 'Check-in', exact: true }).click();
  const counts = (await table.locator('tbody tr td:nth-child(2)').allInnerTexts()).map((c) =>
    Number(c.replace(/\./g, '')),
  );
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(counts[0]).toBeGreaterThan(0);
  await expect(stats.total.getByRole('cell').nth(1)).toHaveText(shown.toLocaleString('id-ID'));
  // Check-ins and people named apart, offices apart from the estates' factories and the minimarkets.
  await expect(
    page.getByText(/tercatat [\d.]+ check-in oleh [\d.]+ pengunjung \(orang yang berbeda\) di [\d.]+ kantor dan [\d.]+ tempat usaha \(pabrik, minimarket\) di wilayah Kabupaten Bekasi/),
  ).toBeVisible();
  const visitors = Number((await page.getByTestId('figure-visitors').locator('dd').first().innerText()).replace(/\./g, ''));
  expect(visitors).toBeGreaterThan(0);
  expect(visitors).toBeLessThanOrEqual(shown);
  await expect(page.getByTestId('figure-venues').locator('dd').first()).not.toHaveText('0');

  const csv = await stats.download('CSV');
  expect(csv.file.suggestedFilename()).toMatch(/^statistik-kabupaten-bekasi-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}-per-hari\.csv$/);
  const text = readFileSync((await csv.file.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = parse(text.slice(1));
  expect(rows[0]).toEqual(['Tanggal', 'Check-in', 'Diizinkan masuk', 'Tidak diizinkan', 'Persentase diizinkan (%)', 'Hijau', 'Kuning', 'Merah', 'Hitam', 'Tidak tercatat']);
  expect(rows[1]![0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(rows).toHaveLength(1 + 30 + 1);
  expect(rows.at(-1)!.slice(0, 2)).toEqual(['Jumlah', String(shown)]);
  const csvHead = await page.request.get(csv.href);
  expect(csvHead.headers()['content-type']).toBe('text/csv; charset=utf-8');

  // The same table for Excel in Indonesian: semicolons and decimal commas.
  const excel = await stats.download('CSV untuk Excel (titik koma)');
  expect(excel.file.suggestedFilename()).toMatch(/-per-hari-excel\.csv$/);
  const excelRows: string[][] = parse(readFileSync((await excel.file.path())!), { bom: true, delimiter: ';' });
  expect(excelRows[0]).toEqual(rows[0]);
  expect(excelRows.at(-1)![4]).toBe(rows.at(-1)![4]!.replace('.', ','));

  const png = await stats.download('Grafik (PNG)');
  expect(png.file.suggestedFilename()).toMatch(/-per-hari\.png$/);
  expect([...readFileSync((await png.file.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect((await page.request.get(png.href)).headers()['content-type']).toBe('image/png');

  // Today alone, one click away.
  await page.getByRole('link', { name: 'Hari ini' }).click();
  await expect(page).toHaveURL(/range=today&group=day/);
  await expect(page.getByRole('link', { name: 'Hari ini' })).toHaveAttribute('aria-current', 'page');
  await expect(stats.total.getByRole('cell').nth(1)).toHaveText(/^[\d.]+$/);
});

test('exports and the public page refuse the wrong tenant; a page not switched on is 404', async ({ apiAs, pageAs, request }) => {
  const kota = await pageAs('cityAdmin');
  const kotaId = await unitIdOf(kota.request, units.city);

  const humas = await apiAs('regencyComms');
  const kab = await unitIdOf(humas, units.regency);
  for (const file of ['export.csv', 'export-excel.csv', 'export.xlsx', 'chart.png']) {
    expect((await humas.get(`/api/units/${kotaId}/stats/${file}`)).status()).toBe(403);
    expect((await kota.request.get(`/api/units/${kab}/stats/${file}`)).status()).toBe(403);
  }
  // The page too: outside one's subtree, and for a role without statistics (the desk).
  expect((await new StatsPage(kota).goto(kab))?.status()).toBe(403);
  const desk = new StatsPage(await pageAs('villageDesk'));
  const ta = await unitIdOf(desk.page.request, units.village);
  expect((await desk.goto(ta))?.status()).toBe(403);
  expect((await desk.page.request.get(`/api/units/${ta}/stats/export.csv`)).status()).toBe(403);
  expect((await desk.page.request.get(`/api/units/${ta}/stats/export-excel.csv`)).status()).toBe(403);
  const bad = await humas.get(`/api/units/${kab}/stats/export.csv?from=2026-12-01&to=2026-01-01`);
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.message).toContain('Rentang atau pengelompokan tidak valid');
  // Humas may export but not publish; Kota's admin may not publish Kabupaten Bekasi.
  expect((await humas.put(`/api/units/${kab}/public-stats`, { headers, data: { enabled: true } })).status()).toBe(403);
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
});
