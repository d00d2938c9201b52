import { type APIRequestContext, request as playwrightRequest } from '@playwright/test';
import { officeHours } from '@/lib/services/input';
import { expect, test } from './fixtures';
import type { Account } from './support/accounts';
import { jsonHeaders, origin, sessionFor, unitIdOf } from './support/api';
import { units } from './support/units';

/**
 * Every services/posters route handler and page, over HTTP against the running app, for every
 * role: admins (and the superadmin) of the unit or an ancestor change; official, desk, comms and
 * health read; anyone else is refused, and a refusal changes nothing.
 */

const TA = units.village; // Kelurahan Telaga Asih, Kabupaten Bekasi
const KOTA_UNIT = units.cityVillage; // a kelurahan of Kota Bekasi, under the Kota admin

const serviceBody = (name: string) => ({ name, category: 'kependudukan', openingHours: officeHours, dailyCapacity: 50, admits: ['hijau', 'kuning'] });

type Ids = { unit: number; service: number; poster: number };
type Route = { name: string; method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT'; path: (i: Ids) => string; body?: unknown; change: boolean };

const routes: Route[] = [
  { name: 'list services', method: 'GET', path: (i) => `/api/units/${i.unit}/services`, change: false },
  { name: 'create service', method: 'POST', path: (i) => `/api/units/${i.unit}/services`, body: serviceBody('Layanan tertolak'), change: true },
  { name: 'edit service', method: 'PATCH', path: (i) => `/api/units/${i.unit}/services/${i.service}`, body: serviceBody('Layanan diubah'), change: true },
  { name: 'pause service', method: 'POST', path: (i) => `/api/units/${i.unit}/services/${i.service}/pause`, body: { paused: true }, change: true },
  { name: 'delete service', method: 'DELETE', path: (i) => `/api/units/${i.unit}/services/${i.service}`, change: true },
  { name: 'apply template', method: 'POST', path: (i) => `/api/units/${i.unit}/services/template`, body: { template: 'pendidikan' }, change: true },
  { name: 'list posters', method: 'GET', path: (i) => `/api/units/${i.unit}/posters`, change: false },
  { name: 'create poster', method: 'POST', path: (i) => `/api/units/${i.unit}/posters`, body: { label: 'Poster tertolak', serviceId: null }, change: true },
  { name: 'rotate poster', method: 'POST', path: (i) => `/api/units/${i.unit}/posters/${i.poster}/rotate`, change: true },
  { name: 'revoke poster', method: 'POST', path: (i) => `/api/units/${i.unit}/posters/${i.poster}/revoke`, change: true },
  { name: 'QR PNG', method: 'GET', path: (i) => `/api/units/${i.unit}/posters/${i.poster}/qr.png`, change: false },
  { name: 'poster PNG', method: 'GET', path: (i) => `/api/units/${i.unit}/posters/${i.poster}/poster.png`, change: false },
  { name: 'poster SVG', method: 'GET', path: (i) => `/api/units/${i.unit}/posters/${i.poster}/poster.svg`, change: false },
  { name: 'poster PDF', method: 'GET', path: (i) => `/api/units/${i.unit}/posters/${i.poster}/poster.pdf?size=A5`, change: false },
  { name: 'all posters PDF', method: 'GET', path: (i) => `/api/units/${i.unit}/posters/all.pdf`, change: false },
  { name: 'add entry policy', method: 'POST', path: (i) => `/api/units/${i.unit}/entry-policy`, body: { name: 'Kebijakan tertolak', admits: ['hijau'], effectiveDate: '2099-01-01' }, change: true },
];

/** The routes that name one poster or service by id. */
const byId = routes.filter((r) => r.path({ unit: 1, service: 0, poster: 0 }).includes('/0'));

function send(api: APIRequestContext, route: Route, ids: Ids) {
  return api.fetch(route.path(ids), {
    method: route.method,
    headers: route.change ? jsonHeaders : undefined,
    data: route.body,
  });
}

/** What the unit's admin reads back: every service and poster with its token and state. */
async function snapshot(api: APIRequestContext, unit: number) {
  const services = await (await api.get(`/api/units/${unit}/services`)).json();
  const posters = await (await api.get(`/api/units/${unit}/posters`)).json();
  return { services, posters };
}

let admin: APIRequestContext;
let kotaAdmin: APIRequestContext;
let ta: Ids;
let kota: Ids;

test.beforeAll(async ({ browser }) => {
  admin = await sessionFor(browser, 'villageAdmin');
  kotaAdmin = await sessionFor(browser, 'cityAdmin');
  const make = async (api: APIRequestContext, unit: number, name: string): Promise<Ids> => {
    const service = await api.post(`/api/units/${unit}/services`, { headers: jsonHeaders, data: serviceBody(name) });
    expect(service.status()).toBe(201);
    const serviceId = (await service.json()).service.id;
    const poster = await api.post(`/api/units/${unit}/posters`, { headers: jsonHeaders, data: { label: `Loket ${name}`, serviceId } });
    expect(poster.status()).toBe(201);
    return { unit, service: serviceId, poster: (await poster.json()).poster.id };
  };
  ta = await make(admin, await unitIdOf(admin, TA), 'Matriks Telaga Asih');
  kota = await make(kotaAdmin, await unitIdOf(kotaAdmin, KOTA_UNIT), 'Matriks Kota');
});

const readers: [string, Account][] = [
  ['official of the kecamatan', 'districtOfficial'],
  ['desk of the kelurahan', 'villageDesk'],
  ['comms of the kabupaten', 'regencyComms'],
  ['official of the kabupaten', 'regencyOfficial'],
  ['health office of the kabupaten', 'regencyHealth'],
];
const strangers: [string, Account][] = [
  ['admin of Kota Bekasi (wrong tenant)', 'cityAdmin'],
  ['official of Kota Bekasi (wrong tenant)', 'cityOfficial'],
];

for (const [who, account] of [...readers, ...strangers]) {
  const reads = readers.some(([, a]) => a === account);
  test(`${who}: ${reads ? 'reads, every change 403' : 'every route 403'}, nothing changes`, async ({ apiAs }) => {
    const api = await apiAs(account);
    const before = await snapshot(admin, ta.unit);
    for (const route of routes) {
      const res = await send(api, route, ta);
      const expected = reads && !route.change ? 200 : 403;
      expect({ route: route.name, status: res.status() }).toEqual({ route: route.name, status: expected });
      if (expected === 403) expect((await res.json()).error.message).toBe('Anda tidak punya akses ke unit ini.');
    }
    expect(await snapshot(admin, ta.unit)).toEqual(before);

    // The pages follow the same rule; the audit log is the admin's alone.
    for (const page of ['services', 'posters', 'posters/print']) {
      const res = await api.get(`/u/${ta.unit}/${page}`);
      expect({ page, status: res.status() }).toEqual({ page, status: reads ? 200 : 403 });
    }
    expect((await api.get(`/u/${ta.unit}/audit`)).status()).toBe(403);
  });
}

test('without a session every route answers 401 and nothing changes', async () => {
  const anonymous = await playwrightRequest.newContext({ baseURL: origin });
  const before = await snapshot(admin, ta.unit);
  for (const route of routes) {
    expect({ route: route.name, status: (await send(anonymous, route, ta)).status() }).toEqual({ route: route.name, status: 401 });
  }
  expect(await snapshot(admin, ta.unit)).toEqual(before);
  await anonymous.dispose();
});

test('a change from another origin, or with none, is refused even for the admin', async () => {
  const before = await snapshot(admin, ta.unit);
  const rotate = `/api/units/${ta.unit}/posters/${ta.poster}/rotate`;
  expect((await admin.post(rotate, { headers: { origin: 'http://evil.example' } })).status()).toBe(403);
  expect((await admin.post(rotate)).status()).toBe(403);
  expect(await snapshot(admin, ta.unit)).toEqual(before);
});

test('an admin reaches no poster or service of another unit through their own unit (IDOR)', async () => {
  const theirs = await snapshot(kotaAdmin, kota.unit);
  const mine = await snapshot(admin, ta.unit);
  // Own unit in the URL, the other unit's poster or service id.
  const crossed = { ...kota, unit: ta.unit };
  for (const route of byId) {
    const res = await send(admin, route, crossed);
    expect({ route: route.name, status: res.status() }).toEqual({ route: route.name, status: 404 });
  }
  const borrowed = await admin.post(`/api/units/${ta.unit}/posters`, { headers: jsonHeaders, data: { label: 'Loket pinjaman', serviceId: kota.service } });
  expect(borrowed.status()).toBe(404);
  expect((await borrowed.json()).error.message).toBe('Layanan tidak ditemukan di unit ini.');
  // And the other way round: the Kota admin on Telaga Asih's ids, through either unit.
  for (const route of byId) {
    const res = await send(kotaAdmin, route, { ...ta, unit: kota.unit });
    expect({ route: route.name, status: res.status() }).toEqual({ route: route.name, status: 404 });
  }
  expect(await snapshot(kotaAdmin, kota.unit)).toEqual(theirs);
  expect(await snapshot(admin, ta.unit)).toEqual(mine);
});

const changers: [string, Account, string][] = [
  ['admin of the kelurahan', 'villageAdmin', TA],
  ['superadmin', 'superadmin', TA],
  ['admin of Kota Bekasi on a kelurahan below it', 'cityAdmin', KOTA_UNIT],
];

for (const [who, account, code] of changers) {
  test(`${who} may change services and posters`, async ({ apiAs }) => {
    const api = await apiAs(account);
    const unit = await unitIdOf(api, code);
    const name = `Layanan ${who}`.slice(0, 60);
    const created = await api.post(`/api/units/${unit}/services`, { headers: jsonHeaders, data: serviceBody(name) });
    expect(created.status()).toBe(201);
    const service = (await created.json()).service.id;
    const poster = await api.post(`/api/units/${unit}/posters`, { headers: jsonHeaders, data: { label: 'Loket 2', serviceId: service } });
    expect(poster.status()).toBe(201);
    const ids: Ids = { unit, service, poster: (await poster.json()).poster.id };
    const oldToken = (await poster.json()).poster.token;

    const byName = Object.fromEntries(routes.map((r) => [r.name, r]));
    const status = async (route: string) => (await send(api, byName[route]!, ids)).status();
    expect(await status('edit service')).toBe(200);
    expect(await status('pause service')).toBe(200);
    for (const read of ['list services', 'list posters', 'poster PNG', 'poster SVG', 'poster PDF', 'all posters PDF']) {
      expect({ read, status: await status(read) }).toEqual({ read, status: 200 });
    }
    const rotated = await send(api, byName['rotate poster']!, ids);
    expect(rotated.status()).toBe(200);
    expect((await rotated.json()).poster.token).not.toBe(oldToken);
    expect(await status('revoke poster')).toBe(204);
    expect(await status('delete service')).toBe(204);
    expect(await status('apply template')).toBe(201);

    const after = await snapshot(api, unit);
    expect(after.services.services.map((s: { id: number }) => s.id)).not.toContain(service);
    expect(after.services.services.map((s: { name: string }) => s.name)).toContain('Mutasi siswa');
    const revoked = after.posters.posters.find((p: { id: number }) => p.id === ids.poster);
    expect(revoked.revokedAt).not.toBeNull();
    expect(revoked.serviceName).toBe('Layanan diubah'); // the edit above, kept after deletion
    expect((await api.get(`/u/${unit}/audit?action=poster.rotate`)).status()).toBe(200);
  });
}
