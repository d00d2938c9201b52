import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '@/lib/checkins/api-keys';
import type { Ctx } from '@/lib/context';
import { createPoster } from '@/lib/posters/posters';
import { officeHours } from '@/lib/services/input';
import { createService, setServicePaused } from '@/lib/services/services';
import { setPublic } from '@/lib/stats/public';
import { addEntryPolicy } from '@/lib/tenancy/entry-policy';
import { localDate } from '@/lib/time/local';
import { testNik } from '../support/checkin-checks';
import { createServerDatabase, serverAvailable, type TestDatabase } from '../support/databases';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';
import { type Instance, startInstance, stopInstance } from '../support/instances';

const TA = '32.16.08.1008';

/** Milliseconds until `holds` is true of every instance, polling each every 20 ms (at most 5 s). */
async function lagUntil(origins: string[], holds: (origin: string) => Promise<boolean>): Promise<number> {
  const start = performance.now();
  const pending = new Set(origins);
  while (pending.size > 0) {
    if (performance.now() - start > 5000) throw new Error(`still old after 5 s on ${[...pending].join(', ')}`);
    for (const origin of [...pending]) if (await holds(origin)) pending.delete(origin);
    await new Promise((r) => setTimeout(r, 20));
  }
  return performance.now() - start;
}

// Several instances need a database they can share: the real server.
describe.skipIf(!(await serverAvailable()))('a change reaches every app instance within a second [pg]', () => {
  let database: TestDatabase;
  let instances: Instance[] = [];
  let admin: Ctx;
  let origins: string[];

  beforeAll(async () => {
    database = await createServerDatabase();
    await seedAreas(database.db);
    admin = await ctxFor(database.db, await actorWith(database.db, 'admin', TA), TA);
    instances = await Promise.all([startInstance(database.url!), startInstance(database.url!)]);
    origins = instances.map((i) => i.origin);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(instances.map(stopInstance));
    await database?.drop();
  });

  let scans = 0;
  const scan = (origin: string, key: string) =>
    fetch(`${origin}/api/v1/checkins`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ idempotency_key: `instances-${++scans}`, identity: testNik(scans) }),
    });

  it('refuses a revoked scanner key on the other instances', async () => {
    const { key, id } = await createApiKey(admin, { name: 'Kiosk pintu' });
    for (const origin of origins) expect((await scan(origin, key)).status).toBe(201); // each instance has it cached
    await revokeApiKey(admin, id);
    const lag = await lagUntil(origins, async (origin) => (await scan(origin, key)).status === 401);
    expect(lag).toBeLessThan(1000);
  });

  it('applies a changed entry policy on the other instances', async () => {
    const { key } = await createApiKey(admin, { name: 'Kiosk kebijakan' });
    const admitted = async (origin: string) => ((await (await scan(origin, key)).json()) as { admitted: boolean }).admitted;
    // Nobody is in the registry: not recorded, which the default policy turns away.
    for (const origin of origins) expect(await admitted(origin)).toBe(false);
    await addEntryPolicy(admin, { name: 'Semua boleh masuk', admits: ['hijau', 'kuning', 'tidak_tercatat'], effectiveDate: localDate(new Date(), 'Asia/Jakarta') });
    expect(await lagUntil(origins, admitted)).toBeLessThan(1000);
  });

  it('shows a paused service as paused at the door of the other instances', async () => {
    const service = await createService(admin, { name: 'KTP-el', category: 'kependudukan', openingHours: officeHours });
    const { token } = await createPoster(admin, { label: 'Loket KTP', serviceId: service.id });
    const paused = async (origin: string) => (await (await fetch(`${origin}/c/${token}`)).text()).includes('data-outcome="paused"');
    for (const origin of origins) expect(await paused(origin)).toBe(false);
    await setServicePaused(admin, service.id, true);
    expect(await lagUntil(origins, paused)).toBeLessThan(1000);
  });

  it('takes a public statistics page down on the other instances', async () => {
    await setPublic(admin, true);
    const status = async (origin: string) => (await fetch(`${origin}/statistik/${admin.unit.id}.json`)).status;
    for (const origin of origins) expect(await status(origin)).toBe(200); // the figures are now cached for five minutes
    await setPublic(admin, false);
    expect(await lagUntil(origins, async (origin) => (await status(origin)) === 404)).toBeLessThan(1000);
  });
});
