/**
 * Signs in every demo account and makes, as the admin of Kelurahan Telaga Asih, the things the
 * routes' path parameters name: a queueing service, posters, API keys, a member, a check-in
 * with its queue number called, and queue displays. Shared by the fuzz harness and the
 * authorisation matrix.
 */
import { expect } from '@playwright/test';
import { DEMO_PASSWORD, demoAccounts } from '@/demo/accounts';
import { demoVisitors } from '@/demo/registry';
import { localDate } from '@/lib/time/local';
import { type Answer, Client } from './client';
import type { Fixture } from './inputs';

export const origin = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
export const TELAGA_ASIH = '32.16.08.1008';
/** Telaga Asih's kecamatan: it owns the service template the template routes name. */
export const CIKARANG_BARAT = '32.16.08';

export type Identity = { name: string; client: Client; unitCode: string | null; role: string };

export async function signInAll(): Promise<Identity[]> {
  const identities: Identity[] = [
    { name: 'anonim', client: new Client(origin, 'anonim'), unitCode: null, role: 'anonymous' },
  ];
  for (const account of demoAccounts) {
    const client = new Client(origin, account.email);
    await client.signIn(account.email, DEMO_PASSWORD);
    const a = account as { unit?: string; role?: string; superadmin?: boolean };
    identities.push({
      name: account.email,
      client,
      unitCode: a.unit ?? null,
      role: a.superadmin ? 'superadmin' : a.role!,
    });
  }
  return identities;
}

export async function unitIds(client: Client, codes: string[]): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const code of codes) {
    const found = client.json<{ units: { id: number; code: string }[] }>(
      await client.send(`/api/units/search?q=${code}`),
    );
    const unit = found.units.find((u) => u.code === code);
    if (!unit) throw new Error(`unit ${code} not found`);
    ids[code] = unit.id;
  }
  return ids;
}

export const jsonChange = { origin, 'content-type': 'application/json' };

export function created<T>(answer: Answer, what: string): T {
  expect(answer.status, `${what}: ${answer.body.slice(0, 300)}`).toBeLessThan(300);
  return JSON.parse(answer.body) as T;
}

/**
 * The things to name in paths, made in Telaga Asih by its admin, and a service template its
 * kecamatan defines (as the superadmin: no demo account administers a kecamatan).
 */
export async function makeFixture(
  admin: Client,
  unitId: number,
  owner: { client: Client; unitId: number },
): Promise<Fixture> {
  const api = `/api/units/${unitId}`;
  const post = (path: string, data: unknown) =>
    admin.send(`${api}${path}`, {
      method: 'POST',
      headers: jsonChange,
      body: JSON.stringify(data),
    });
  const { service } = created<{ service: { id: number } }>(
    await post('/services', {
      name: 'Layanan sasaran uji',
      category: 'umum',
      openingHours: Array(7).fill({ open: '00:00', close: '23:59' }),
      queueLetter: 'Q',
    }),
    'service',
  );
  // The service's counter: a check-in there gets a queue number, which the desk then calls.
  const { poster: door } = created<{ poster: { id: number; token: string; shortCode: string } }>(
    await post('/posters', { label: 'Loket uji', serviceId: service.id }),
    'door poster',
  );
  const { poster: target } = created<{ poster: { id: number } }>(
    await post('/posters', { label: 'Poster sasaran uji' }),
    'target poster',
  );
  const { key } = created<{ key: { key: string } }>(
    await post('/api-keys', { name: 'Kios uji' }),
    'api key',
  );
  const { key: targetKey } = created<{ key: { id: number } }>(
    await post('/api-keys', { name: 'Kunci sasaran uji' }),
    'target key',
  );
  const { membership } = created<{ membership: { id: number } }>(
    await post('/members', {
      email: 'sasaran.uji@pindai.id',
      name: 'Anggota Sasaran',
      role: 'desk',
    }),
    'member',
  );
  const { template } = created<{ template: { id: number } }>(
    await owner.client.send(`/api/units/${owner.unitId}/service-templates`, {
      method: 'POST',
      headers: jsonChange,
      body: JSON.stringify({
        name: 'Templat sasaran uji',
        category: 'umum',
        openingHours: Array(7).fill({ open: '00:00', close: '23:59' }),
      }),
    }),
    'service template',
  );
  const visit = await new Client(origin, 'pengunjung').send(`/c/${door.token}/masuk`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ identitas: demoVisitors[0].nik }).toString(),
  });
  const result = /\/hasil\/(\d+)\?s=([^&]+)/.exec(visit.headers.get('location') ?? '');
  expect(result, `check-in: ${visit.status} ${visit.headers.get('location')}`).toBeTruthy();
  created<{ ticket: { id: number } }>(
    await post('/queue/next', { serviceId: service.id }),
    'queue call',
  );
  const { display } = created<{ display: { url: string } }>(
    await post('/displays', { name: 'TV uji' }),
    'display',
  );
  const { display: targetDisplay } = created<{ display: { id: number } }>(
    await post('/displays', { name: 'TV sasaran uji' }),
    'target display',
  );
  return {
    params: {
      unitId: String(unitId),
      serviceId: String(service.id),
      posterId: String(target.id),
      file: 'poster.png',
      token: door.token,
      eventId: result![1]!,
      keyId: String(targetKey.id),
      membershipId: String(membership.id),
      templateId: String(template.id),
      field: 'dailyCapacity',
      ticketId: result![1]!,
      displayToken: display.url.split('/').at(-1)!,
      displayId: String(targetDisplay.id),
    },
    templateOwner: String(owner.unitId),
    apiKey: key.key,
    receipt: decodeURIComponent(result![2]!),
    shortCode: door.shortCode,
    csrf: '',
    today: localDate(new Date(), 'Asia/Jakarta'),
    weekAgo: localDate(new Date(Date.now() - 6 * 86_400_000), 'Asia/Jakarta'),
  };
}
