import { expect, test } from './fixtures';
import { jsonHeaders, unitIdOf } from './support/api';
import { units } from './support/units';

const fast = { timeout: 5_000 };

/**
 * Finding 1 of issue 14: one GET with far dates froze the server for every tenant. Every page's
 * and route's query is parsed into a bounded shape before use; bad input gets a clear answer.
 */
test.describe('unbounded input', () => {
  test('far dates on the dashboard, the statistics, the exports and the audit log answer at once', async ({ apiAs }) => {
    const official = await apiAs('regencyOfficial');
    const regency = await unitIdOf(official, units.regency);
    for (const [from, to] of [
      ['9999-12-30', '9999-12-31'],
      ['0001-01-01', '0001-12-31'],
      ['2019-12-31', '9999-12-31'],
      ['2024-13-01', '2024-02-30'],
    ]) {
      const q = `range=custom&from=${from}&to=${to}`;
      const page = await official.get(`/u/${regency}?${q}`, fast);
      expect(page.status(), `/u ${q}`).toBe(200);
      const stats = await official.get(`/u/${regency}/stats?${q}`, fast);
      expect(stats.status(), `/stats ${q}`).toBe(200);
      expect(await stats.text()).toContain('role="alert"');
      const csv = await official.get(`/api/units/${regency}/stats/export.csv?${q}`, fast);
      expect(csv.status(), `export ${q}`).toBe(422);
      expect((await csv.json()).error.code).toBe('invalid');
    }

    const admin = await apiAs('villageAdmin');
    const kelurahan = await unitIdOf(admin, units.village);
    const audit = await admin.get(`/u/${kelurahan}/audit?from=9999-12-31&to=0001-01-01&action=constructor`, fast);
    expect(audit.status()).toBe(200);
  });

  test('NUL, prototype keys and repeated parameters get a clear 4xx, never a 5xx', async ({ apiAs, ownUnit: unit }) => {
    const admin = await apiAs('villageAdmin');
    const search = await admin.get('/api/units/search?q=%00', fast);
    expect(search.status()).toBe(422);

    const created = await admin.post(`/api/units/${unit}/posters`, { headers: jsonHeaders, data: { label: 'Uji Masukan Liar' } });
    expect(created.status()).toBe(201);
    const { poster } = (await created.json()) as { poster: { id: number } };
    for (const size of ['constructor', '__proto__', 'toString']) {
      const file = await admin.get(`/api/units/${unit}/posters/${poster.id}/poster.pdf?size=${size}`, fast);
      expect(file.status(), size).toBe(422);
      const all = await admin.get(`/api/units/${unit}/posters/all.pdf?size=${size}`, fast);
      expect(all.status(), size).toBe(422);
      const print = await admin.get(`/u/${unit}/posters/print?size=${size}`, fast);
      expect(print.status(), size).toBe(404);
    }
    const repeated = await admin.get(`/u/${unit}/posters/print?size=A4&size=A5&poster=${poster.id}&poster=x`, fast);
    expect(repeated.status()).toBe(200);
    const tooBig = await admin.get(`/u/${unit}/posters/print?poster=99999999999`, fast);
    expect(tooBig.status()).toBe(404);
    const login = await admin.get('/login?callbackUrl=%00&reason=constructor&reason=x', fast);
    expect(login.status()).toBe(200);
  });
});
