import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Account } from './support/accounts';
import { jsonHeaders, unitIdOf } from './support/api';
import { expectFitsScreen, phoneContext } from './support/phone';
import { registerVisitor } from './support/registry';
import { units } from './support/units';
import { phoneSpecNik } from './support/visitors';

/**
 * Every page at 360 × 640, as the roles that use it: the document never scrolls sideways
 * (issue 17, part 7). Each page is opened the way its user reaches it, figures and all.
 */
test('every page fits a 360 px phone, for every role that opens it', async ({
  browser,
  apiAs,
  ownUnit,
}) => {
  test.setTimeout(240_000);
  const admin = await apiAs('villageAdmin');
  const ta = await unitIdOf(admin, units.village);
  // The test's own office: a service, a poster with a scan, a published statistics page.
  const service = await admin.post(`/api/units/${ownUnit}/services`, {
    headers: jsonHeaders,
    data: {
      name: 'Legalisir dokumen kependudukan dan catatan sipil',
      category: 'kependudukan',
      openingHours: Array.from({ length: 7 }, () => ({ open: '00:00', close: '23:59' })),
    },
  });
  expect(service.status()).toBe(201);
  const poster = await admin.post(`/api/units/${ownUnit}/posters`, {
    headers: jsonHeaders,
    data: { label: 'Pintu Utama Gedung Pelayanan Terpadu' },
  });
  expect(poster.status()).toBe(201);
  const { token } = (await poster.json()).poster as { token: string };
  expect(
    (
      await admin.put(`/api/units/${ownUnit}/public-stats`, {
        headers: jsonHeaders,
        data: { enabled: true },
      })
    ).status(),
  ).toBe(200);
  const nik = await registerVisitor(await apiAs('regencyHealth'), phoneSpecNik);
  // The waiting room's television: a display link of the office's own.
  const display = await admin.post(`/api/units/${ownUnit}/displays`, {
    headers: jsonHeaders,
    data: { name: 'TV ruang tunggu' },
  });
  expect(display.status()).toBe(201);
  const screen = new URL((await display.json()).display.url).pathname;

  const official = await apiAs('regencyOfficial');
  const regency = await unitIdOf(official, units.regency);
  const city = await unitIdOf(await apiAs('cityAdmin'), units.city);

  // With the status each answers: 200 unless said.
  const visits: [Account | null, string, number?][] = [
    [null, '/login'],
    [null, '/c'],
    [null, `/c/${token}`],
    [null, `/statistik/${ownUnit}`],
    [null, `/statistik/${ownUnit}/embed`],
    [null, '/akun/atur-sandi/bukan-token-yang-sah'],
    [null, screen],
    ['superadmin', '/'],
    ['superadmin', '/sistem/tugas'],
    ['regencyOfficial', `/u/${regency}`],
    ['regencyOfficial', `/u/${regency}/stats`],
    ['regencyOfficial', `/u/${regency}/posters`],
    ['regencyOfficial', `/u/${regency}/services`],
    ['regencyOfficial', `/u/${city}`, 403], // in the shell
    ['regencyOfficial', '/u/abc', 404],
    ['regencyComms', `/u/${regency}/stats`],
    ['regencyHealth', `/u/${regency}/registry`],
    ['districtOfficial', `/u/${await unitIdOf(official, units.district)}`],
    ['villageAdmin', `/u/${ta}`],
    ['villageAdmin', `/u/${ownUnit}`],
    ['villageAdmin', `/u/${ownUnit}/services`],
    ['villageAdmin', `/u/${ownUnit}/posters`],
    ['villageAdmin', `/u/${ownUnit}/posters/print?size=A4`],
    ['villageAdmin', `/u/${ownUnit}/posters/print?size=A5`],
    ['villageAdmin', `/u/${ta}/members`],
    ['villageAdmin', `/u/${ta}/audit`],
    ['villageAdmin', `/u/${ownUnit}/api-keys`],
    ['villageAdmin', `/u/${ta}/stats`],
    ['villageAdmin', '/akun/kata-sandi'],
    ['villageDesk', `/u/${ta}/desk`],
    ['villageDesk', `/u/${ta}/audit`, 403], // inside the unit's shell
    ['cityAdmin', `/u/${city}`],
    ['cityAdmin', `/u/${city}/services`], // the templates it offers below
  ];
  const contexts = new Map<Account | null, BrowserContext>();
  for (const [account, path, status = 200] of visits) {
    if (!contexts.has(account)) contexts.set(account, await phoneContext(browser, account));
    const page = await contexts.get(account)!.newPage();
    const res = await page.goto(path);
    expect(res?.status(), `${path} as ${account ?? 'a visitor'}`).toBe(status);
    await page.waitForLoadState('networkidle').catch(() => {});
    await expectFitsScreen(page, `${path} as ${account ?? 'a visitor'}`);
    await page.close();
  }

  // The visitor's result page, after a check-in from the phone.
  const visitor = await contexts.get(null)!.newPage();
  await visitor.goto(`/c/${token}`);
  await visitor.getByLabel('NIK atau nomor ponsel').fill(nik);
  await visitor.getByRole('button', { name: 'Check-in' }).click();
  await expect(visitor).toHaveURL(/\/hasil\//);
  await expectFitsScreen(visitor, 'the result page');
  for (const context of contexts.values()) await context.close();
});
