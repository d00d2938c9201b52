import { type Browser, expect, type Page, test } from '@playwright/test';
import { logIn } from './support/session';

// Finding 11, second half: one's own password could not be changed, and an admin handed new
// accounts (and resets) a password the admin had seen. Now: one-time links and a change page.
const TELAGA_ASIH = '32.16.08.1008';
const ADMIN = 'admin.telagaasih@bekasikab.go.id';
const newcomer = { name: 'Rahmat Hidayat', email: `rahmat.${Date.now()}@test.pindai.id` };
const FIRST = 'jendela mawar sepeda hujan';
const SECOND = 'Kereta-Senja-Melintas-Sawah-71';
const THIRD = 'payung kuning di tepi danau';

async function membersPage(page: Page) {
  const res = await page.request.get(`/api/units/search?q=${TELAGA_ASIH}`);
  const unit = ((await res.json()).units as { id: number; code: string }[]).find(
    (u) => u.code === TELAGA_ASIH,
  )!;
  await page.goto(`/u/${unit.id}/members`);
}

/** Reads the one-time link the members page shows once. */
const shownLink = async (page: Page) =>
  (await page.getByRole('status').locator('code').textContent())!.trim();

/** Opens a link in a browser of its own (the member's phone) and sets the password there. */
async function setThroughLink(browser: Browser, link: string, password: string) {
  const phone = await browser.newPage();
  await phone.goto(link);
  await expect(phone.getByText(`Buat kata sandi untuk akun ${newcomer.email}`)).toBeVisible();
  await phone.getByLabel('Kata sandi baru', { exact: true }).fill(password);
  await phone.getByLabel('Ulangi kata sandi baru', { exact: true }).fill(password);
  await phone.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expect(phone.getByRole('status')).toHaveText(
    'Kata sandi tersimpan. Silakan masuk dengan kata sandi baru.',
  );
  // The link is used up.
  await phone.goto(link);
  await expect(
    phone.getByRole('alert').filter({ hasText: 'Tautan ini tidak berlaku lagi' }),
  ).toBeVisible();
  await phone.close();
}

async function loginRefused(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Email atau kata sandi salah.' }),
  ).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test('a new member sets their own password through a one-time link, then changes it on the account page', async ({
  page,
  browser,
}) => {
  await logIn(page, ADMIN);
  await membersPage(page);
  await page.getByLabel('Nama').fill(newcomer.name);
  await page.getByLabel('Email').fill(newcomer.email);
  await page.getByRole('button', { name: 'Tambah anggota' }).click();
  await expect(page.getByRole('status')).toContainText('Serahkan tautan ini kepada pemiliknya');
  const link = await shownLink(page);
  expect(link).toMatch(/^http:\/\/localhost:\d+\/akun\/atur-sandi\/[\w-]{43}$/);

  // A weak password is refused on the link's page, and the link keeps working.
  const phone = await browser.newPage();
  await phone.goto(link);
  await phone.getByLabel('Kata sandi baru', { exact: true }).fill('rahmat hidayat 1');
  await phone.getByLabel('Ulangi kata sandi baru', { exact: true }).fill('rahmat hidayat 1');
  await phone.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expect(
    phone.getByRole('alert').filter({ hasText: 'Kata sandi terlalu mudah ditebak.' }),
  ).toBeVisible();
  await phone.close();
  await setThroughLink(browser, link, FIRST);

  const own = await browser.newPage();
  await logIn(own, newcomer.email, FIRST);
  await own.getByRole('link', { name: 'Kata sandi' }).click();
  await expect(own.getByRole('heading', { name: 'Ganti kata sandi' })).toBeVisible();
  await own.getByLabel('Kata sandi saat ini', { exact: true }).fill('bukan-sandi-saya');
  await own.getByLabel('Kata sandi baru', { exact: true }).fill(SECOND);
  await own.getByLabel('Ulangi kata sandi baru', { exact: true }).fill(SECOND);
  await own.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expect(
    own.getByRole('alert').filter({ hasText: 'Kata sandi saat ini salah.' }),
  ).toBeVisible();
  await own.getByLabel('Kata sandi saat ini', { exact: true }).fill(FIRST);
  await own.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expect(own.getByRole('status')).toContainText('Kata sandi sudah diganti');

  await loginRefused(own, newcomer.email, FIRST);
  await logIn(own, newcomer.email, SECOND);
  await own.close();
});

test('an admin’s reset gives the member a one-time link, never a password', async ({
  page,
  browser,
}) => {
  await logIn(page, ADMIN);
  await membersPage(page);
  page.once('dialog', (dialog) => void dialog.accept());
  await page
    .getByRole('row')
    .filter({ hasText: newcomer.email })
    .getByRole('button', { name: 'Atur ulang kata sandi' })
    .click();
  await expect(page.getByRole('status')).toContainText(
    `Serahkan tautan ini kepada ${newcomer.name}`,
  );
  const link = await shownLink(page);
  expect(link).toMatch(/\/akun\/atur-sandi\/[\w-]{43}$/);
  await setThroughLink(browser, link, THIRD);

  const member = await browser.newPage();
  await loginRefused(member, newcomer.email, SECOND);
  await logIn(member, newcomer.email, THIRD);
  await member.close();
});
