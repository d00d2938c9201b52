import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '@/lib/checkins/api-keys';
import { importRegistry } from '@/lib/checkins/registry-import';
import { type DbHandle, queryRows } from '@/lib/db/client';
import { createPoster } from '@/lib/posters/posters';
import { testNik } from '../support/checkin-checks';
import { createServerDatabase, serverAvailable, type TestDatabase } from '../support/databases';
import { serveDoor } from '../support/door-server';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';
import { bouncerAvailable, openThroughBouncer } from '../support/pgbouncer';

const TA = '32.16.08.1008';
const VISITOR = testNik(900); // in the vaccination registry: the door admits and gives a receipt
const reachable = (await serverAvailable()) && (await bouncerAvailable());
if (!reachable) console.warn('PgBouncer at TEST_PGBOUNCER_URL or 127.0.0.1:6432 is not reachable: skipping its test.');

const events = async (db: TestDatabase['db']) =>
  (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM checkin_events`))[0]!.n;

describe.runIf(reachable)('the write path through PgBouncer in transaction mode', () => {
  let database: TestDatabase;
  let app: DbHandle;
  let server: Awaited<ReturnType<typeof serveDoor>>;
  let key: string;
  let poster: string;
  // Rate limits are per address: this suite's clients come through a proxy on this machine.
  const base = randomBytes(1)[0]!;
  const address = (n: number) => `10.${base}.${Math.floor(n / 250)}.${(n % 250) + 1}`;

  beforeAll(async () => {
    process.env.PINDAI_TRUSTED_PROXIES = '127.0.0.1';
    database = await createServerDatabase();
    const { db } = database;
    await seedAreas(db);
    const health = await ctxFor(db, await actorWith(db, 'health', '32.16'), '32.16');
    await importRegistry(health, `nik,dosis,positif\n${VISITOR},2,tidak\n`);
    const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
    key = (await createApiKey(admin, { name: 'Pemindai loket' })).key;
    poster = (await createPoster(admin, { label: 'Pintu utama', serviceId: null })).token!;
    app = await openThroughBouncer(database);
    server = await serveDoor(app);
  });
  afterAll(async () => {
    delete process.env.PINDAI_TRUSTED_PROXIES;
    await server?.close();
    await app?.close();
    await database?.drop();
  });

  it('stores scanner API check-ins sent at once, whichever server connection each lands on', async () => {
    const before = await events(database.db);
    const statuses = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        fetch(`${server.origin}/api/v1/checkins`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'x-forwarded-for': address(i) },
          body: JSON.stringify({ idempotency_key: `bouncer-${i}`, identity: testNik(i), poster }),
        }).then((res) => res.status),
      ),
    );
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    expect(await events(database.db)).toBe(before + 60);
  });

  it('checks a visitor in and out at the door and shows the receipt', async () => {
    const before = await events(database.db);
    const post = (path: string, fields: Record<string, string>) =>
      fetch(`${server.origin}/c/${poster}/${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin: server.origin, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address(900) },
        body: new URLSearchParams(fields),
      });
    const scanned = await post('masuk', { identitas: VISITOR });
    expect(scanned.status).toBe(303);
    const receipt = await fetch(new URL(scanned.headers.get('location')!, server.origin));
    expect(receipt.status).toBe(200);
    const [, event, s] = scanned.headers.get('location')!.match(/hasil\/(\d+)\?s=(.+)$/)!;
    expect((await post('keluar', { event: event!, s: s! })).status).toBe(303);
    expect(await events(database.db)).toBe(before + 2);
  });

  it('hears a NOTIFY sent through the pooler on its own direct LISTEN connection', async () => {
    const heard: string[] = [];
    const unlisten = await app.listen('pindai_bouncer_test', (payload) => heard.push(payload), () => {});
    try {
      await app.db.execute(sql`SELECT pg_notify('pindai_bouncer_test', 'hallo')`);
      for (let i = 0; i < 100 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toEqual(['hallo']);
    } finally {
      await unlisten();
    }
  });
});
