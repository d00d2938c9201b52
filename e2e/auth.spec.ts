import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { logIn } from './support/session';

const TELAGA_ASIH = '32.16.08.1008';
const CIKARANG_BARAT = '32.16.08';
const KOTA_BEKASI = '32.75';

/** A unit's id by its Kemendagri code, through the signed-in user's own search. */
async function unitId(page: Page, code: string): Promise<number> {
  const res = await page.request.get(`/api/units/search?q=${code}`);
  const { units } = (await res.json()) as { units: { id: number; code: string }[] };
  const unit = units.find((u) => u.code === code);
  if (!unit) throw new Error(`unit ${code} not visible`);
  return unit.id;
}

const memberEmails = async (request: APIRequestContext, id: number) =>
  (
    (await (await request.get(`/api/units/${id}/members`)).json()) as {
      members: { email: string }[];
    }
  ).members
    .map((m) => m.email)
    .sort();

test('a state-changing request with a foreign or missing Origin is refused and changes nothing', async ({
  page,
  baseURL,
}) => {
  await logIn(page, 'admin.telagaasih@bekasikab.go.id');
  const id = await unitId(page, TELAGA_ASIH);
  const before = await memberEmails(page.request, id);
  const body = { email: 'tamu.origin@test.pindai.id', name: 'Tamu Origin', role: 'desk' };

  const refusedHeaders: Record<string, string>[] = [
    { origin: 'https://evil.example' },
    { origin: 'null' },
    {},
  ];
  for (const headers of refusedHeaders) {
    const res = await page.request.post(`/api/units/${id}/members`, { data: body, headers });
    expect(res.status()).toBe(403);
    expect((await res.json()).error.message).toContain('Permintaan ditolak');
  }
  expect(await memberEmails(page.request, id)).toEqual(before);

  // The same request from the app's own origin goes through: the refusals were the Origin's.
  const ok = await page.request.post(`/api/units/${id}/members`, {
    data: body,
    headers: { origin: baseURL! },
  });
  expect(ok.status()).toBe(201);
  const { membership } = await ok.json();
  const removed = await page.request.delete(`/api/units/${id}/members/${membership.id}`, {
    headers: { origin: baseURL! },
  });
  expect(removed.status()).toBe(204);
  expect(await memberEmails(page.request, id)).toEqual(before);
});

test('a kelurahan admin cannot change the members of the kecamatan above or of another city', async ({
  page,
  browser,
  baseURL,
}) => {
  const su = await browser.newPage();
  await logIn(su, 'superadmin@pindai.id');
  const targets = [await unitId(su, CIKARANG_BARAT), await unitId(su, KOTA_BEKASI)];
  const before = await Promise.all(targets.map((id) => memberEmails(su.request, id)));

  await logIn(page, 'admin.telagaasih@bekasikab.go.id');
  const headers = { origin: baseURL! };
  for (const id of targets) {
    expect((await page.request.get(`/api/units/${id}/members`)).status()).toBe(403);
    const add = await page.request.post(`/api/units/${id}/members`, {
      data: { email: 'penyusup@test.pindai.id', name: 'Penyusup', role: 'admin' },
      headers,
    });
    expect(add.status()).toBe(403);
    expect((await page.request.delete(`/api/units/${id}/members/1`, { headers })).status()).toBe(
      403,
    );
    expect(
      (
        await page.request.patch(`/api/units/${id}/members/1`, { data: { role: 'admin' }, headers })
      ).status(),
    ).toBe(403);
  }
  expect(await Promise.all(targets.map((id) => memberEmails(su.request, id)))).toEqual(before);
  await su.close();
});

test('an oversized login form and repeated failures get clear messages', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('humas@bekasikab.go.id');
  await page.getByLabel('Kata sandi').fill('x'.repeat(10_000));
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('terlalu panjang');

  // An account nobody uses, so the lock troubles no other spec.
  await page.getByLabel('Email').fill('tebak.sandi@test.pindai.id');
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('Kata sandi').fill(`salah-${i}`);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.locator('form').getByRole('alert')).toContainText(
      i < 4 ? 'salah' : 'Coba lagi pukul',
    );
  }
});

test('an expired session sends the user to the login page saying so', async ({ page, context }) => {
  await logIn(page, 'pemantau@bekasikab.go.id');
  const here = new URL(page.url()).pathname;
  // The session cookie runs out; the browser still remembers it was logged in.
  const cookies = await context.cookies();
  await context.clearCookies();
  await context.addCookies(cookies.filter((c) => !c.name.includes('next-auth.session-token')));
  await page.goto(here);
  await expect(page).toHaveURL(/\/login\?.*reason=expired/);
  await expect(page.getByText('Sesi Anda telah berakhir. Silakan masuk lagi.')).toBeVisible();
  await logIn(page, 'pemantau@bekasikab.go.id');
});
