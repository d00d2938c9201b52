import { expect, test } from './fixtures';
import { AppShell } from './pages/shell';
import { units } from './support/units';

test('a regency official logs in, switches to a kelurahan by search, is refused outside, logs out', async ({
  page,
  login,
  shell,
  ownAccount,
}) => {
  // Signing out ends every session of the account: an official of the regency of its own.
  const official = await ownAccount('official', units.regency);
  await login.signIn(official.email, official.password);
  await expect(shell.heading).toContainText('Bekasi');

  await shell.switchTo('telaga asih', /Telaga Asih/);
  await expect(shell.heading).toContainText('Telaga Asih');
  await expect(shell.breadcrumbs).toContainText('Kabupaten Bekasi');
  await expect(shell.breadcrumbs).toContainText('Cikarang Barat');

  // Kota Bekasi is outside Kabupaten Bekasi: the search does not offer it, the URL is refused.
  await shell.unitSearch.fill('32.75');
  await expect(page.getByRole('listbox')).toContainText('Tidak ada unit yang cocok');
  const kotaId = await page.evaluate(async () => {
    const res = await fetch('/api/units/search?q=32.75');
    return (await res.json()).units.length;
  });
  expect(kotaId).toBe(0);

  await shell.signOut();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});

test('a unit outside one’s subtree shows the 403 page; a malformed id shows 404', async ({
  pageAs,
}) => {
  const kota = await pageAs('cityAdmin');
  await kota.goto('/');
  const home = new URL(kota.url()).pathname; // the Kota Bekasi home
  expect(home).toMatch(/^\/u\/\d+/);
  const page = await pageAs('regencyOfficial');
  const shell = new AppShell(page);
  const response = await page.goto(home);
  expect(response?.status()).toBe(403);
  await expect(shell.heading).toContainText(/akses/i);

  const missing = await page.goto('/u/abc');
  expect(missing?.status()).toBe(404);
  await expect(shell.heading).toContainText(/tidak ditemukan/i);
});

test('a wrong password and an empty form get clear messages', async ({ login }) => {
  await login.goto();
  await login.submit.click();
  await expect(login.alert).toContainText('Isi email dan kata sandi.');
  await login.submitAs('humas@bekasikab.go.id', 'salah-sekali');
  await expect(login.alert).toContainText('Email atau kata sandi salah.');
});
