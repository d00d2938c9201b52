import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';
import { AccountPasswordPage } from './pages/account';
import { LoginPage } from './pages/login';
import { MembersPage } from './pages/members';
import { PasswordLinkPage } from './pages/password-link';
import { unitIdOf } from './support/api';
import { units } from './support/units';

// Finding 11, second half: one's own password could not be changed, and an admin handed new
// accounts (and resets) a password the admin had seen. Now: one-time links and a change page.
const newcomer = { name: 'Rahmat Hidayat', email: `rahmat.${Date.now()}@test.pindai.id` };
const FIRST = 'jendela mawar sepeda hujan';
const SECOND = 'Kereta-Senja-Melintas-Sawah-71';
const THIRD = 'payung kuning di tepi danau';

/** Opens a link in a browser of its own (the member's phone) and sets the password there. */
async function setThroughLink(browser: Browser, link: string, password: string) {
  const phone = await browser.newPage();
  await phone.goto(link);
  await expect(phone.getByText(`Buat kata sandi untuk akun ${newcomer.email}`)).toBeVisible();
  await new PasswordLinkPage(phone).set(password);
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

// The second test resets the password the first one set: they run in this order, together.
test.describe.configure({ mode: 'serial' });

test('a new member sets their own password through a one-time link, then changes it on the account page', async ({
  pageAs,
  browser,
}) => {
  const admin = await pageAs('villageAdmin');
  const members = new MembersPage(admin);
  await members.goto(await unitIdOf(admin.request, units.village));
  await members.add(newcomer.name, newcomer.email);
  await expect(members.notice()).toContainText('Serahkan tautan ini kepada pemiliknya');
  const link = await members.shownLink();
  expect(link).toMatch(/^http:\/\/localhost:\d+\/akun\/atur-sandi\/[\w-]{43}$/);

  // A weak password is refused on the link's page, and the link keeps working.
  const phone = await browser.newPage();
  await phone.goto(link);
  await new PasswordLinkPage(phone).set('rahmat hidayat 1');
  await expect(
    phone.getByRole('alert').filter({ hasText: 'Kata sandi terlalu mudah ditebak.' }),
  ).toBeVisible();
  await phone.close();
  await setThroughLink(browser, link, FIRST);

  const own = await browser.newPage();
  const login = new LoginPage(own);
  await login.signIn(newcomer.email, FIRST);
  const account = new AccountPasswordPage(own);
  await account.open();
  await expect(account.heading).toBeVisible();
  await account.change('bukan-sandi-saya', SECOND);
  await expect(
    own.getByRole('alert').filter({ hasText: 'Kata sandi saat ini salah.' }),
  ).toBeVisible();
  await account.change(FIRST, SECOND);
  await expect(own.getByRole('status')).toContainText('Kata sandi sudah diganti');

  await login.expectRefused(newcomer.email, FIRST);
  await login.signIn(newcomer.email, SECOND);
  await own.close();
});

test('an admin’s reset gives the member a one-time link, never a password', async ({
  pageAs,
  browser,
}) => {
  const admin = await pageAs('villageAdmin');
  const members = new MembersPage(admin);
  await members.goto(await unitIdOf(admin.request, units.village));
  await members.resetPassword(newcomer.email);
  await expect(members.notice()).toContainText(`Serahkan tautan ini kepada ${newcomer.name}`);
  const link = await members.shownLink();
  expect(link).toMatch(/\/akun\/atur-sandi\/[\w-]{43}$/);
  await setThroughLink(browser, link, THIRD);

  const member = new LoginPage(await browser.newPage());
  await member.expectRefused(newcomer.email, SECOND);
  await member.signIn(newcomer.email, THIRD);
  await member.page.close();
});
