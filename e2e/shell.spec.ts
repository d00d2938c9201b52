import { expect, test } from '@playwright/test';
import { logIn } from './support/session';

test('a regency official logs in, switches to a kelurahan by search, is refused outside, logs out', async ({
  page,
}) => {
  await logIn(page, 'pemantau@bekasikab.go.id');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bekasi');

  const search = page.getByRole('combobox', { name: 'Ganti unit' });
  await search.fill('telaga asih');
  await page
    .getByRole('option', { name: /Telaga Asih/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Telaga Asih');
  const breadcrumbs = page.getByRole('navigation', { name: /breadcrumb|jejak/i });
  await expect(breadcrumbs).toContainText('Kabupaten Bekasi');
  await expect(breadcrumbs).toContainText('Cikarang Barat');

  // Kota Bekasi is outside Kabupaten Bekasi: the search does not offer it, the URL is refused.
  await search.fill('32.75');
  await expect(page.getByRole('listbox')).toContainText('Tidak ada unit yang cocok');
  const kotaId = await page.evaluate(async () => {
    const res = await fetch('/api/units/search?q=32.75');
    return (await res.json()).units.length;
  });
  expect(kotaId).toBe(0);

  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});

test('a unit outside one’s subtree shows the 403 page; a malformed id shows 404', async ({
  page,
}) => {
  await logIn(page, 'admin@bekasikota.go.id');
  const home = new URL(page.url()).pathname; // the Kota Bekasi home
  expect(home).toMatch(/^\/u\/\d+/);
  await logIn(page, 'pemantau@bekasikab.go.id');
  const response = await page.goto(home);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/akses/i);

  const missing = await page.goto('/u/abc');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/tidak ditemukan/i);
});

test('a wrong password and an empty form get clear messages', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('Isi email dan kata sandi.');
  await page.getByLabel('Email').fill('humas@bekasikab.go.id');
  await page.getByLabel('Kata sandi').fill('salah-sekali');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('Email atau kata sandi salah.');
});
