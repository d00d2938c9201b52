import type { APIRequestContext, Browser } from '@playwright/test';
import { demoNik } from '@/demo/registry';
import { expect, test } from './fixtures';
import { DoorPage } from './pages/door';
import { jsonHeaders, origin, sessionFor, unitIdOf } from './support/api';
import { units } from './support/units';
import { unknownNik } from './support/visitors';

const nik = (status: 'hijau' | 'kuning' | 'merah' | 'hitam') => demoNik(status);
const ALL_DAY = Array.from({ length: 7 }, () => ({ open: '00:00', close: '23:59' }));

/** Tomorrow's ISO weekday (1 Monday … 7 Sunday) in WIB: a service open only then is closed now. */
function tomorrowWeekday(): number {
  const today = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'Asia/Jakarta' }).format(new Date());
  return (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(today) + 1) % 7 + 1;
}

type Door = { entrance: string; hijauOnly: string; closed: string; quota: string; paused: string; rotated: string; revoked: string };

/** As the kelurahan's admin: one poster for each state the door must say. */
async function setUpDoor(admin: APIRequestContext, tag: string): Promise<Door> {
  const unit = await unitIdOf(admin, units.village);
  const poster = async (label: string, serviceId: number | null = null) => {
    const res = await admin.post(`/api/units/${unit}/posters`, { headers: jsonHeaders, data: { label: `${label} ${tag}`, serviceId } });
    expect(res.status()).toBe(201);
    return (await res.json()).poster as { id: number; token: string };
  };
  const service = async (name: string, over: Record<string, unknown>) => {
    const res = await admin.post(`/api/units/${unit}/services`, {
      headers: jsonHeaders,
      data: { name: `${name} ${tag}`, category: 'kependudukan', openingHours: ALL_DAY, ...over },
    });
    expect(res.status()).toBe(201);
    return (await res.json()).service.id as number;
  };
  const hours = Array.from({ length: 7 }, (_, i) => (i + 1 === tomorrowWeekday() ? { open: '08:00', close: '09:00' } : null));
  const pausedService = await service('Loket dijeda', {});
  const pausedPoster = await poster('Loket dijeda', pausedService);
  expect((await admin.post(`/api/units/${unit}/services/${pausedService}/pause`, { headers: jsonHeaders, data: { paused: true } })).status()).toBe(200);
  const rotated = await poster('Pintu lama');
  expect((await admin.post(`/api/units/${unit}/posters/${rotated.id}/rotate`, { headers: { origin } })).status()).toBe(200);
  const revoked = await poster('Pintu dicabut');
  expect((await admin.post(`/api/units/${unit}/posters/${revoked.id}/revoke`, { headers: { origin } })).status()).toBe(204);
  return {
    entrance: (await poster('Pintu uji')).token,
    hijauOnly: (await poster('Loket vaksin lengkap', await service('Loket vaksin lengkap', { admits: ['hijau'] }))).token,
    closed: (await poster('Loket besok', await service('Loket besok', { openingHours: hours }))).token,
    quota: (await poster('Loket kuota', await service('Loket kuota', { dailyCapacity: 1 }))).token,
    paused: pausedPoster.token,
    rotated: rotated.token,
    revoked: revoked.token,
  };
}

/** A visitor's phone at the door, in a browser of its own. */
async function phone(browser: Browser, javaScriptEnabled: boolean): Promise<DoorPage> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, javaScriptEnabled });
  return new DoorPage(await context.newPage());
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the door at 360×640, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    let door: Door;
    let visitor: DoorPage;
    test.beforeAll(async ({ browser }) => {
      door = await setUpDoor(await sessionFor(browser, 'villageAdmin'), javaScriptEnabled ? 'js' : 'nojs');
    });
    test.beforeEach(async ({ browser }) => {
      visitor = await phone(browser, javaScriptEnabled);
    });
    test.afterEach(async () => visitor.page.context().close());

    test('hijau enters, checks out, and Back shows the check-out, not an active check-in', async () => {
      await visitor.checkIn(door.entrance, nik('hijau'));
      await expect(visitor.outcome).toHaveAttribute('data-outcome', 'hijau');
      await expect(visitor.outcome).toContainText('Silakan masuk');
      await expect(visitor.page.getByText('Kelurahan Telaga Asih')).toBeVisible();
      await expect(visitor.page.locator('time#k')).toHaveText(/^\d\d\.\d\d\.\d\d$/);
      await visitor.page.getByRole('button', { name: 'Check-out / Keluar' }).click();
      await expect(visitor.outcome).toHaveAttribute('data-outcome', 'out');
      await expect(visitor.outcome).toContainText('Check-out tercatat');
      await visitor.page.goBack();
      await expect(visitor.outcome).toHaveAttribute('data-outcome', 'out');
      await expect(visitor.outcome).toContainText('Anda sudah check-out pukul');
      await expect(visitor.page.getByRole('button', { name: 'Check-out / Keluar' })).toHaveCount(0);
      if (javaScriptEnabled) expect(await visitor.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });

    test('kuning enters where the policy admits it and not where it does not', async () => {
      await visitor.checkIn(door.entrance, nik('kuning'));
      await expect(visitor.outcome).toHaveAttribute('data-outcome', 'kuning');
      await expect(visitor.outcome).toContainText('Silakan masuk');
      await visitor.checkIn(door.hijauOnly, nik('kuning'));
      await expect(visitor.outcome).toHaveAttribute('data-outcome', 'kuning');
      await expect(visitor.outcome).toContainText('Tidak diizinkan masuk');
      await expect(visitor.page.getByText('hanya untuk pengunjung yang sudah vaksin lengkap')).toBeVisible();
    });

    test('merah and hitam are refused, each told why', async () => {
      await visitor.checkIn(door.entrance, nik('merah'));
      await expect(visitor.outcome).toHaveAttribute('data-outcome', 'merah');
      await expect(visitor.page.getByText(/vaksinasi di puskesmas terdekat/)).toBeVisible();
      await visitor.checkIn(door.entrance, nik('hitam'));
      await expect(visitor.outcome).toHaveAttribute('data-outcome', 'hitam');
      await expect(visitor.page.getByText(/lakukan isolasi/)).toBeVisible();
    });

    test('a number nobody recorded is neutral, masked, and kept for a second look', async () => {
      await visitor.checkIn(door.entrance, unknownNik);
      await expect(visitor.outcome).toHaveAttribute('data-outcome', 'tidak_tercatat');
      await expect(visitor.outcome).toContainText('Tidak tercatat');
      await expect(visitor.outcome).toContainText(`${unknownNik.slice(0, 4)} •••• •••• ${unknownNik.slice(12)}`);
      await expect(visitor.outcome).toContainText('Tunjukkan sertifikat vaksin ke petugas');
      await expect(visitor.identity).toHaveValue(unknownNik);
      await expect(visitor.page.getByRole('button', { name: 'Periksa lagi' })).toBeVisible();
      await expect(visitor.page.getByText('Merah')).toHaveCount(0);
    });

    test('a closed service says when it opens next; a full one says the quota is full', async () => {
      await visitor.goto(door.closed);
      await expect(visitor.page.getByText('Hari ini layanan tutup.')).toBeVisible();
      await visitor.checkIn(door.closed, nik('hijau'));
      await expect(visitor.outcome).toHaveAttribute('data-outcome', 'closed');
      await expect(visitor.outcome).toContainText('Buka lagi besok pukul 08.00 WIB.');
      await visitor.checkIn(door.quota, nik('hijau'));
      await expect(visitor.outcome).toHaveAttribute('data-outcome', 'hijau');
      await visitor.checkIn(door.quota, nik('kuning'));
      await expect(visitor.outcome).toHaveAttribute('data-outcome', 'full');
      await expect(visitor.outcome).toContainText('Kuota hari ini sudah penuh');
      await expect(visitor.outcome).toContainText('Kuota dibuka lagi besok pukul 00.00 WIB.');
    });

    test('paused, rotated and revoked posters say so before anything is typed', async () => {
      await visitor.goto(door.paused);
      await expect(visitor.outcome).toContainText('Layanan ini sedang tidak menerima pengunjung');
      await expect(visitor.identity).toHaveCount(0);
      expect((await visitor.goto(door.rotated))!.status()).toBe(410);
      await expect(visitor.page.getByRole('heading', { name: 'Poster ini sudah tidak berlaku' })).toBeVisible();
      expect((await visitor.goto(door.revoked))!.status()).toBe(410);
      await expect(visitor.page.getByRole('heading', { name: 'Poster ini sudah dicabut' })).toBeVisible();
      await expect(visitor.page.getByLabel('Ketik kode poster')).toBeVisible();
    });

    test('each bad value gets its own message and stays in the field', async () => {
      for (const [typed, message] of [
        ['3216084407950', 'NIK harus 16 angka'],
        ['3216083507950001', 'angka ke-7 dan ke-8'],
        ['3216081513950001', 'angka ke-9 dan ke-10'],
        ['9999991505900001', 'kode wilayah'],
        ['0812', 'Nomor ponsel tidak valid'],
        ['32160815O5900001', 'hanya berisi angka'],
      ]) {
        await visitor.checkIn(door.entrance, typed!);
        await expect(visitor.page.getByRole('alert')).toContainText(message!);
        await expect(visitor.identity).toHaveValue(typed!);
      }
      await visitor.page.goto('/c?kode=ABCD-23');
      await expect(visitor.page.getByRole('alert')).toContainText('8 huruf dan angka');
      await expect(visitor.page.getByLabel('Ketik kode poster')).toHaveValue('ABCD-23');
    });
  });
}

test('the form page is small, has no script and needs no JavaScript', async ({ apiAs, browser }) => {
  const door = await setUpDoor(await apiAs('villageAdmin'), 'weight');
  const { page: visitor } = await phone(browser, true);
  const scripts: string[] = [];
  visitor.on('request', (req) => req.resourceType() === 'script' && scripts.push(req.url()));
  const res = await visitor.goto(`/c/${door.entrance}`, { waitUntil: 'networkidle' });
  const body = await res!.body();
  expect(body.length).toBeLessThan(15 * 1024);
  expect(body.toString()).not.toContain('<script');
  expect(scripts).toEqual([]);
  await visitor.context().close();
});
