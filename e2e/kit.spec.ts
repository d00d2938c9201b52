import { PDFDocument } from 'pdf-lib';
import { expect, test } from './fixtures';
import { DeskPage } from './pages/desk';
import { DoorPage } from './pages/door';
import { PostersPage } from './pages/posters';
import { AppShell } from './pages/shell';
import { jsonHeaders, origin, unitIdOf } from './support/api';
import { phoneContext } from './support/phone';
import { registerVisitor } from './support/registry';
import { units } from './support/units';
import { deskNiks } from './support/visitors';

const ALL_DAY = Array.from({ length: 7 }, () => ({ open: '00:00', close: '23:59' }));

test('destructive actions ask first: cancel leaves everything, confirm does it and says so', async ({
  pageAs,
  apiAs,
  ownUnit,
}) => {
  const api = await apiAs('villageAdmin');
  const page = await pageAs('villageAdmin');
  const posters = new PostersPage(page);
  const made = await api.post(`/api/units/${ownUnit}/posters`, {
    headers: jsonHeaders,
    data: { label: 'Pintu Samping' },
  });
  expect(made.status()).toBe(201);
  const state = async () =>
    (await (await api.get(`/api/units/${ownUnit}/posters`)).json()).posters.find(
      (p: { label: string }) => p.label === 'Pintu Samping',
    );

  // A poster: Batal and Escape leave it valid; Cabut revokes it and a toast says so.
  await posters.goto(ownUnit);
  await posters.change('Pintu Samping', 'Cabut');
  await expect(posters.confirmation).toContainText('Cabut poster Pintu Samping?');
  await posters.confirmation.getByRole('button', { name: 'Batal' }).click();
  await expect(posters.confirmation).toBeHidden();
  await posters.change('Pintu Samping', 'Cabut');
  await page.keyboard.press('Escape');
  await expect(posters.confirmation).toBeHidden();
  expect((await state()).revokedAt).toBeNull();
  await posters.change('Pintu Samping', 'Cabut');
  await posters.confirmation.getByRole('button', { name: 'Cabut' }).click();
  await expect(page.getByText('Poster Pintu Samping dicabut.')).toBeVisible();
  await expect(posters.row('Pintu Samping')).toContainText('Dicabut');
  expect((await state()).revokedAt).not.toBeNull();

  // A service: Batal keeps it, Hapus deletes it.
  const service = await api.post(`/api/units/${ownUnit}/services`, {
    headers: jsonHeaders,
    data: { name: 'Surat keterangan', category: 'kependudukan', openingHours: ALL_DAY },
  });
  expect(service.status()).toBe(201);
  const names = async () =>
    (await (await api.get(`/api/units/${ownUnit}/services`)).json()).services.map(
      (s: { name: string }) => s.name,
    );
  await page.goto(`/u/${ownUnit}/services`);
  const menu = page.getByRole('button', { name: 'Tindakan untuk Surat keterangan' });
  await menu.click();
  await page.getByRole('menuitem', { name: 'Hapus' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Batal' }).click();
  expect(await names()).toContain('Surat keterangan');
  await menu.click();
  await page.getByRole('menuitem', { name: 'Hapus' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Hapus' }).click();
  await expect(page.getByText('Layanan Surat keterangan dihapus.')).toBeVisible();
  expect(await names()).not.toContain('Surat keterangan');

  // An API key: Batal keeps it, Cabut revokes it.
  const key = await api.post(`/api/units/${ownUnit}/api-keys`, {
    headers: jsonHeaders,
    data: { name: 'Kios uji' },
  });
  expect(key.status()).toBe(201);
  const revoked = async () =>
    (await (await api.get(`/api/units/${ownUnit}/api-keys`)).json()).keys[0].revokedAt;
  await page.goto(`/u/${ownUnit}/api-keys`);
  await page.getByRole('button', { name: 'Tindakan untuk Kios uji' }).click();
  await page.getByRole('menuitem', { name: 'Cabut' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Batal' }).click();
  expect(await revoked()).toBeNull();
  await page.getByRole('button', { name: 'Tindakan untuk Kios uji' }).click();
  await page.getByRole('menuitem', { name: 'Cabut' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cabut' }).click();
  await expect(page.getByText('Kunci Kios uji dicabut.')).toBeVisible();
  expect(await revoked()).not.toBeNull();
});

test('a role change asks first and says it ends the member’s sessions; cancel keeps the role', async ({
  pageAs,
  apiAs,
  ownUnit,
}) => {
  const api = await apiAs('villageAdmin');
  const email = `peran.uji.${Date.now() % 1_000_000}@test.pindai.id`;
  expect(
    (
      await api.post(`/api/units/${ownUnit}/members`, {
        headers: jsonHeaders,
        data: { email, name: 'Rina Peran', role: 'desk' },
      })
    ).status(),
  ).toBe(201);
  const role = async () =>
    (await (await api.get(`/api/units/${ownUnit}/members`)).json()).members.find(
      (m: { email: string }) => m.email === email,
    ).role;
  const page = await pageAs('villageAdmin');
  await page.goto(`/u/${ownUnit}/members`);
  const select = page.getByRole('combobox', { name: 'Peran Rina Peran' });
  await select.selectOption('comms');
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Ubah peran Rina Peran menjadi Humas?');
  await expect(dialog).toContainText('Semua sesi Rina Peran diakhiri');
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(select).toHaveValue('desk');
  expect(await role()).toBe('desk');
  await select.selectOption('comms');
  await dialog.getByRole('button', { name: 'Ubah peran' }).click();
  await expect(page.getByText('Peran Rina Peran sekarang Humas.')).toBeVisible();
  expect(await role()).toBe('comms');
  // The page shows the stored role once its data is read again.
  await expect(select).toHaveValue('comms');

  // Removing the member asks too.
  await page.getByRole('button', { name: 'Tindakan untuk Rina Peran' }).click();
  await page.getByRole('menuitem', { name: 'Hapus' }).click();
  await dialog.getByRole('button', { name: 'Batal' }).click();
  expect(await role()).toBe('comms');
});

test('breadcrumbs link only where the user may go; tabs mark the page open', async ({ pageAs }) => {
  const page = await pageAs('districtOfficial');
  const shell = new AppShell(page);
  const ta = await unitIdOf(page.request, units.village);
  await page.goto(`/u/${ta}/posters`);
  // The camat's role holds from Cikarang Barat down: the province and the regency are plain text.
  await expect(shell.breadcrumbs).toContainText('Jawa Barat');
  await expect(shell.breadcrumbs).toContainText('Bekasi');
  await expect(shell.breadcrumbs.getByRole('link')).toHaveText(['Cikarang Barat']);
  await expect(shell.unitTabs.locator('[aria-current="page"]')).toHaveText('Poster QR');
  await shell.breadcrumbs.getByRole('link', { name: 'Cikarang Barat' }).click();
  await expect(shell.heading).toHaveText('Kecamatan Cikarang Barat');
  await expect(shell.unitTabs.locator('[aria-current="page"]')).toHaveText('Ringkasan');
});

test('403 and 404 keep the header; a page outside one’s role keeps the unit’s tabs too', async ({
  pageAs,
}) => {
  const official = await pageAs('regencyOfficial');
  const shell = new AppShell(official);
  const city = await unitIdOf((await pageAs('cityAdmin')).request, units.city);
  expect((await official.goto(`/u/${city}`))?.status()).toBe(403);
  await expect(shell.heading).toHaveText('Akses ditolak (403)');
  await expect(shell.accountMenu).toBeVisible();
  await expect(shell.unitSearch).toBeVisible();
  expect((await official.goto('/u/abc'))?.status()).toBe(404);
  await expect(shell.heading).toHaveText('Halaman tidak ditemukan (404)');
  await expect(shell.accountMenu).toBeVisible();

  const desk = await pageAs('villageDesk');
  const ta = await unitIdOf(desk.request, units.village);
  expect((await desk.goto(`/u/${ta}/audit`))?.status()).toBe(403);
  const deskShell = new AppShell(desk);
  await expect(deskShell.heading).toHaveText('Kelurahan Telaga Asih');
  await expect(desk.getByRole('heading', { name: 'Akses ditolak (403)' })).toBeVisible();
  await expect(deskShell.unitTabs.getByRole('link', { name: 'Loket' })).toBeVisible();
});

test('each role starts where it works: the desk at the Loket, Humas at the statistics', async ({
  pageAs,
}) => {
  const desk = await pageAs('villageDesk');
  await desk.goto('/');
  await expect(desk).toHaveURL(/\/u\/\d+\/desk$/);
  await expect(new AppShell(desk).unitTabs.locator('[aria-current="page"]')).toHaveText('Loket');
  const comms = await pageAs('regencyComms');
  await comms.goto('/');
  await expect(comms).toHaveURL(/\/u\/\d+\/stats$/);
  const official = await pageAs('regencyOfficial');
  await official.goto('/');
  await expect(official).toHaveURL(/\/u\/\d+$/);
});

test('read-only roles are offered nothing they cannot do', async ({ pageAs }) => {
  const page = await pageAs('districtOfficial');
  const ta = await unitIdOf(page.request, units.village);
  await page.goto(`/u/${ta}/posters`);
  await expect(page.getByRole('heading', { name: 'Poster QR', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Buat poster' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Tindakan untuk/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Simpan kebijakan' })).toHaveCount(0);
  await page.goto(`/u/${ta}/services`);
  await expect(page.getByRole('button', { name: 'Tambah layanan' })).toHaveCount(0);
  await expect(page.getByText('Tambahkan layanan atau mulai dari templat')).toHaveCount(0);
  await page.goto(`/u/${ta}`);
  await expect(page.getByTestId('setup-checklist')).toHaveCount(0);
});

test('a new unit’s admin follows the set-up checklist until the first check-in', async ({
  pageAs,
  apiAs,
  ownUnit,
}) => {
  const page = await pageAs('villageAdmin');
  const checklist = page.getByTestId('setup-checklist');
  await page.goto(`/u/${ownUnit}`);
  await expect(checklist.locator('[aria-current="step"]')).toContainText('Tambahkan layanan');
  await checklist.getByRole('link', { name: 'Buka Layanan' }).click();
  await expect(page).toHaveURL(new RegExp(`/u/${ownUnit}/services$`));

  const api = await apiAs('villageAdmin');
  expect(
    (
      await api.post(`/api/units/${ownUnit}/posters`, {
        headers: jsonHeaders,
        data: { label: 'Pintu' },
      })
    ).status(),
  ).toBe(201);
  await page.goto(`/u/${ownUnit}`);
  await expect(checklist.locator('[aria-current="step"]')).toContainText('Tambahkan layanan'); // a poster, still no service
  await expect(checklist.getByRole('listitem').nth(1)).toContainText('(selesai)');
  await page.goto(`/u/${ownUnit}/posters/print?size=A4`);
  await page.goto(`/u/${ownUnit}`);
  await expect(checklist.getByRole('listitem').nth(2)).toContainText('(selesai)');
  expect(
    (
      await api.post(`/api/units/${ownUnit}/desk/checkins`, {
        headers: jsonHeaders,
        data: { serviceId: null, status: 'hijau' },
      })
    ).status(),
  ).toBe(201);
  await page.goto(`/u/${ownUnit}`);
  await expect(checklist).toHaveCount(0);
});

test('the desk log follows check-ins live, marks refusals, shows what the visitor’s phone shows, and filters', async ({
  browser,
  apiAs,
  pageAs,
  ownUnit,
}) => {
  const admin = await apiAs('villageAdmin');
  const health = await apiAs('regencyHealth');
  const hijau = await registerVisitor(health, deskNiks.hijau, 2);
  const merah = await registerVisitor(health, deskNiks.merah, 0);
  const made = await admin.post(`/api/units/${ownUnit}/posters`, {
    headers: jsonHeaders,
    data: { label: 'Pintu Loket' },
  });
  const { token } = (await made.json()).poster as { token: string };

  const officer = await pageAs('villageDesk');
  const desk = new DeskPage(officer);
  await desk.goto(ownUnit);
  await expect(desk.live).toBeVisible();

  const phone = await phoneContext(browser, null);
  const door = new DoorPage(await phone.newPage());
  const codes: Record<string, string> = {};
  for (const [status, nik] of [
    ['hijau', hijau],
    ['merah', merah],
  ] as const) {
    await door.checkIn(token, nik);
    await expect(door.page).toHaveURL(/\/hasil\//);
    await expect(door.page.locator('body')).toContainText(`3216 •••• •••• ${nik.slice(12)}`);
    codes[status] = (await door.page.locator('[data-receipt]').innerText()).trim();
    expect(codes[status]).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
  }
  await phone.close();

  // Without a reload, the officer sees both, the refused one marked, with the phone's code and masked NIK.
  const refused = desk.logRows.filter({ hasText: codes.merah! });
  await expect(refused).toContainText('Ditolak', { timeout: 2_000 });
  await expect(refused).toContainText('status tidak diterima kebijakan');
  await expect(refused).toContainText(`3216 •••• •••• ${merah.slice(12)}`);
  await expect(refused).toHaveClass(/bg-red-50/);
  const admitted = desk.logRows.filter({ hasText: codes.hijau! });
  await expect(admitted).toContainText('boleh masuk');
  await expect(admitted).toContainText(`3216 •••• •••• ${hijau.slice(12)}`);

  await desk.showOnly('Ditolak');
  await expect(desk.logRows).toHaveCount(1);
  await expect(desk.logRows).toContainText(codes.merah!);
  await desk.showOnly('Boleh masuk');
  await expect(desk.logRows).toHaveCount(1);
  await expect(desk.logRows).toContainText(codes.hijau!);
});

test('the door posters of every unit below print as one PDF, named for people; the wrong tenant and the signed-out are refused', async ({
  apiAs,
  ownUnit,
}) => {
  const admin = await apiAs('villageAdmin');
  const ta = await unitIdOf(admin, units.village);
  const doorsBelow = async (unit: number) => {
    const res = await admin.get(`/api/units/${unit}/posters/below.pdf?size=A5`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(res.headers()['content-disposition']).toContain(
      'filename="poster-kelurahan-telaga-asih-pintu-unit-di-bawah-a5.pdf"',
    );
    return (await PDFDocument.load(new Uint8Array(await res.body()))).getPageCount();
  };
  const addDoor = async (label: string) =>
    expect(
      (
        await admin.post(`/api/units/${ownUnit}/posters`, { headers: jsonHeaders, data: { label } })
      ).status(),
    ).toBe(201);
  // Telaga Asih's doors below, with the test's own office's first, gain its second.
  await addDoor('Pintu Barat');
  const before = await doorsBelow(ta);
  await addDoor('Pintu Timur');
  expect(await doorsBelow(ta)).toBe(before + 1);

  const one = await admin.get(`/api/units/${ownUnit}/posters`);
  const poster = (await one.json()).posters.find(
    (p: { label: string }) => p.label === 'Pintu Barat',
  );
  const pdf = await admin.get(`/api/units/${ownUnit}/posters/${poster.id}/poster.pdf?size=A4`);
  expect(pdf.headers()['content-disposition']).toMatch(
    /filename="poster-kantor-uji-\d+-pintu-barat-a4\.pdf"/,
  );

  // Another regency's admin, an official beside it, and a signed-out browser.
  const city = await apiAs('cityAdmin');
  expect((await city.get(`/api/units/${ta}/posters/below.pdf`)).status()).toBe(403);
  const kota = await unitIdOf(city, units.city);
  expect((await admin.get(`/api/units/${kota}/posters/below.pdf`)).status()).toBe(403);
  const sibling = await unitIdOf(await apiAs('districtOfficial'), units.siblingVillage);
  expect((await admin.get(`/api/units/${sibling}/posters/below.pdf`)).status()).toBe(403);
  const anonymous = await fetch(`${origin}/api/units/${ta}/posters/below.pdf`);
  expect(anonymous.status).toBe(401);
  expect((await admin.get(`/api/units/${ta}/posters/below.pdf?size=A3`)).status()).toBe(422);
});
