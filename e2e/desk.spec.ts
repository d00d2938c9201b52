import type { Page } from '@playwright/test';
import { expect, signedInAs, test } from './fixtures';
import { childUnit, jsonHeaders as headers, unitIdOf } from './support/api';
import { units } from './support/units';

/** The status of a stream that never ends by itself: read the headers, then hang up. */
function streamStatus(page: Page, url: string): Promise<number> {
  return page.evaluate(async (path) => {
    const abort = new AbortController();
    const res = await fetch(path, { signal: abort.signal });
    abort.abort();
    return res.status;
  }, url);
}

// The test's `page` is the desk officer's; the other test opens its own sessions.
test.use(signedInAs('villageDesk'));

test('the desk officer records a visitor without a phone and sees it in today’s log', async ({ page, desk }) => {
  await desk.goto(await unitIdOf(page.request, units.village));
  await expect(desk.live).toBeVisible();
  await desk.record('Kuning');
  await expect(desk.recorded()).toContainText('Kuning, boleh masuk');
  const logged = page.getByRole('row').filter({ hasText: 'Pintu masuk' }).filter({ hasText: 'Loket' });
  await expect(logged).toHaveCount(1);
  await expect(logged).toContainText('Kuning');
  await expect(logged).toContainText('boleh masuk');
});

test('the desk, the live stream and the entry policy refuse the wrong role and the wrong tenant', async ({ apiAs, pageAs }) => {
  const admin = await apiAs('villageAdmin');
  const ta = await unitIdOf(admin, units.village);
  // Policies stay in the unit's history: set them on an office of the test's own below Telaga Asih.
  const office = await childUnit(admin, ta, 'agency', `Kantor Uji Loket ${Date.now() % 100_000}`);

  // The admin may add a policy from today; the answer echoes what is stored.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
  const policy = (admits: string[]) => ({ name: 'Uji loket', admits, effectiveDate: today });
  const inForce = async () => (await (await admin.get(`/api/units/${office}/entry-policy`)).json()).inForce.admits;
  const before = await inForce();
  const added = await admin.post(`/api/units/${office}/entry-policy`, { headers, data: policy(before.filter((s: string) => s !== 'kuning')) });
  expect(added.status()).toBe(201);
  const bad = await admin.post(`/api/units/${office}/entry-policy`, { headers, data: policy([]) });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.message).toContain('Pilih paling sedikit satu status');
  const foreign = await admin.post(`/api/units/${office}/entry-policy`, { headers: { ...headers, origin: 'http://evil.example' }, data: policy(['merah']) });
  expect(foreign.status()).toBe(403);

  const other = await apiAs('cityAdmin');
  expect((await other.get(`/api/units/${ta}/live`)).status()).toBe(403);
  expect((await other.get(`/api/units/${ta}/desk/checkins`)).status()).toBe(403);
  expect((await other.post(`/api/units/${ta}/desk/checkins`, { headers, data: { serviceId: null, status: 'hijau' } })).status()).toBe(403);
  expect((await other.post(`/api/units/${office}/entry-policy`, { headers, data: policy(['merah']) })).status()).toBe(403);

  // An official of the kecamatan watches but does not run the desk or change policy.
  const camat = await pageAs('districtOfficial');
  await camat.goto('/');
  expect(await streamStatus(camat, `/api/units/${ta}/live`)).toBe(200);
  expect((await camat.request.post(`/api/units/${ta}/desk/checkins`, { headers, data: { serviceId: null, status: 'hijau' } })).status()).toBe(403);
  expect((await camat.request.post(`/api/units/${office}/entry-policy`, { headers, data: policy(['merah']) })).status()).toBe(403);
  expect((await camat.goto(`/u/${ta}/desk`))?.status()).toBe(403);

  // Nothing refused above changed the policy the admin set.
  expect(await inForce()).toEqual(before.filter((s: string) => s !== 'kuning'));
});
