import { expect, type Page, test } from '@playwright/test';
import { childUnit } from './support/api';
import { logIn } from './support/session';

const origin = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

async function unitId(page: Page, code: string): Promise<number> {
  const res = await page.request.get(`/api/units/search?q=${code}`);
  const hit = (await res.json()).units.find((u: { code: string }) => u.code === code);
  expect(hit, `unit ${code} visible to this user`).toBeTruthy();
  return hit.id;
}

/** The status of a stream that never ends by itself: read the headers, then hang up. */
function streamStatus(page: Page, url: string): Promise<number> {
  return page.evaluate(async (path) => {
    const abort = new AbortController();
    const res = await fetch(path, { signal: abort.signal });
    abort.abort();
    return res.status;
  }, url);
}

test('the desk officer records a visitor without a phone and sees it in today’s log', async ({ page }) => {
  await logIn(page, 'loket.telagaasih@bekasikab.go.id');
  const id = await unitId(page, '32.16.08.1008');
  await page.goto(`/u/${id}/desk`);
  await expect(page.getByText('● Langsung')).toBeVisible();
  await page.getByRole('radio', { name: 'Kuning' }).check();
  await page.getByRole('button', { name: 'Catat check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tercatat' })).toContainText('Kuning, boleh masuk');
  const logged = page.getByRole('row').filter({ hasText: 'Pintu masuk' }).filter({ hasText: 'Loket' });
  await expect(logged).toHaveCount(1);
  await expect(logged).toContainText('Kuning');
  await expect(logged).toContainText('boleh masuk');
});

test('the desk, the live stream and the entry policy refuse the wrong role and the wrong tenant', async ({ page, browser }) => {
  await logIn(page, 'admin.telagaasih@bekasikab.go.id');
  const ta = await unitId(page, '32.16.08.1008');
  const headers = { origin, 'content-type': 'application/json' };
  // Policies stay in the unit's history: set them on an office of the test's own below Telaga Asih.
  const office = await childUnit(page.request, ta, 'agency', `Kantor Uji Loket ${Date.now() % 100_000}`);

  // The admin may add a policy from today; the answer echoes what is stored.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
  const policy = (admits: string[]) => ({ name: 'Uji loket', admits, effectiveDate: today });
  const inForce = async () => (await (await page.request.get(`/api/units/${office}/entry-policy`)).json()).inForce.admits;
  const before = await inForce();
  const added = await page.request.post(`/api/units/${office}/entry-policy`, { headers, data: policy(before.filter((s: string) => s !== 'kuning')) });
  expect(added.status()).toBe(201);
  const bad = await page.request.post(`/api/units/${office}/entry-policy`, { headers, data: policy([]) });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.message).toContain('Pilih paling sedikit satu status');
  const foreign = await page.request.post(`/api/units/${office}/entry-policy`, { headers: { ...headers, origin: 'http://evil.example' }, data: policy(['merah']) });
  expect(foreign.status()).toBe(403);

  const other = await browser.newPage();
  await logIn(other, 'admin@bekasikota.go.id');
  expect((await other.request.get(`/api/units/${ta}/live`)).status()).toBe(403);
  expect((await other.request.get(`/api/units/${ta}/desk/checkins`)).status()).toBe(403);
  expect((await other.request.post(`/api/units/${ta}/desk/checkins`, { headers, data: { serviceId: null, status: 'hijau' } })).status()).toBe(403);
  expect((await other.request.post(`/api/units/${office}/entry-policy`, { headers, data: policy(['merah']) })).status()).toBe(403);

  // An official of the kecamatan watches but does not run the desk or change policy.
  await logIn(other, 'camat.cikarangbarat@bekasikab.go.id');
  expect(await streamStatus(other, `/api/units/${ta}/live`)).toBe(200);
  expect((await other.request.post(`/api/units/${ta}/desk/checkins`, { headers, data: { serviceId: null, status: 'hijau' } })).status()).toBe(403);
  expect((await other.request.post(`/api/units/${office}/entry-policy`, { headers, data: policy(['merah']) })).status()).toBe(403);
  expect((await other.goto(`/u/${ta}/desk`))?.status()).toBe(403);
  await other.close();

  // Nothing refused above changed the policy the admin set.
  expect(await inForce()).toEqual(before.filter((s: string) => s !== 'kuning'));
});
