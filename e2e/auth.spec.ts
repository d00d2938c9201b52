import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { LoginPage } from './pages/login';
import { unitIdOf } from './support/api';
import { units } from './support/units';

const memberEmails = async (request: APIRequestContext, id: number) =>
  (
    (await (await request.get(`/api/units/${id}/members`)).json()) as {
      members: { email: string }[];
    }
  ).members
    .map((m) => m.email)
    .sort();

test('a state-changing request with a foreign or missing Origin is refused and changes nothing', async ({
  apiAs,
  baseURL,
}) => {
  const admin = await apiAs('villageAdmin');
  const id = await unitIdOf(admin, units.village);
  const before = await memberEmails(admin, id);
  const body = { email: 'tamu.origin@test.pindai.id', name: 'Tamu Origin', role: 'desk' };

  const refusedHeaders: Record<string, string>[] = [
    { origin: 'https://evil.example' },
    { origin: 'null' },
    {},
  ];
  for (const headers of refusedHeaders) {
    const res = await admin.post(`/api/units/${id}/members`, { data: body, headers });
    expect(res.status()).toBe(403);
    expect((await res.json()).error.message).toContain('Permintaan ditolak');
  }
  expect(await memberEmails(admin, id)).toEqual(before);

  // The same request from the app's own origin goes through: the refusals were the Origin's.
  const ok = await admin.post(`/api/units/${id}/members`, {
    data: body,
    headers: { origin: baseURL! },
  });
  expect(ok.status()).toBe(201);
  const { membership } = await ok.json();
  const removed = await admin.delete(`/api/units/${id}/members/${membership.id}`, {
    headers: { origin: baseURL! },
  });
  expect(removed.status()).toBe(204);
  expect(await memberEmails(admin, id)).toEqual(before);
});

test('a kelurahan admin cannot change the members of the kecamatan above or of another city', async ({
  apiAs,
  baseURL,
}) => {
  const su = await apiAs('superadmin');
  const targets = [await unitIdOf(su, units.district), await unitIdOf(su, units.city)];
  const before = await Promise.all(targets.map((id) => memberEmails(su, id)));

  const admin = await apiAs('villageAdmin');
  const headers = { origin: baseURL! };
  for (const id of targets) {
    expect((await admin.get(`/api/units/${id}/members`)).status()).toBe(403);
    const add = await admin.post(`/api/units/${id}/members`, {
      data: { email: 'penyusup@test.pindai.id', name: 'Penyusup', role: 'admin' },
      headers,
    });
    expect(add.status()).toBe(403);
    expect((await admin.delete(`/api/units/${id}/members/1`, { headers })).status()).toBe(403);
    expect(
      (await admin.patch(`/api/units/${id}/members/1`, { data: { role: 'admin' }, headers })).status(),
    ).toBe(403);
  }
  expect(await Promise.all(targets.map((id) => memberEmails(su, id)))).toEqual(before);
});

test('an oversized login form and repeated failures get clear messages', async ({ login }) => {
  await login.goto();
  await login.submitAs('humas@bekasikab.go.id', 'x'.repeat(10_000));
  await expect(login.alert).toContainText('terlalu panjang');

  // An account nobody uses, so the lock troubles no other spec.
  await login.email.fill('tebak.sandi@test.pindai.id');
  for (let i = 0; i < 5; i++) {
    await login.password.fill(`salah-${i}`);
    await login.submit.click();
    await expect(login.alert).toContainText(i < 4 ? 'salah' : 'Coba lagi pukul');
  }
});

test('an expired session sends the user to the login page saying so', async ({ pageAs }) => {
  const page = await pageAs('regencyOfficial');
  await page.goto('/');
  const here = new URL(page.url()).pathname;
  // The session cookie runs out; the browser still remembers it was logged in.
  const context = page.context();
  const cookies = await context.cookies();
  await context.clearCookies();
  await context.addCookies(cookies.filter((c) => !c.name.includes('next-auth.session-token')));
  await page.goto(here);
  await expect(page).toHaveURL(/\/login\?.*reason=expired/);
  await expect(page.getByText('Sesi Anda telah berakhir. Silakan masuk lagi.')).toBeVisible();
  await new LoginPage(page).signIn('pemantau@bekasikab.go.id');
});
