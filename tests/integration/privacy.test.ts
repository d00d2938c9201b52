import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiKey } from '@/lib/checkins/api-keys';
import { parseIdentity } from '@/lib/checkins/identity';
import { importRegistry } from '@/lib/checkins/registry-import';
import { purgeVisitorKeys } from '@/lib/checkins/retention';
import { queryRows } from '@/lib/db/client';
import { createPoster } from '@/lib/posters/posters';
import { tableCounts } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';
import { serveDoor } from '../support/door-server';

const TA = '32.16.08.1008';
// A woman born 4 July 1995 (day 44 = 4 + 40) from Cikarang Barat; and a man born 15 May 1990.
const NIKS = ['3216084407950777', '3216081505900888'];
const PHONE = '081298765432';

it('reads a NIK as the Dukcapil form says, and a mobile number in its usual spellings', () => {
  expect(parseIdentity('3216 0844 0795 0777')).toEqual({ kind: 'nik', value: '3216084407950777' });
  expect(parseIdentity('3216083102900001')).toEqual({ error: 'nik_birthdate' }); // 31 February
  expect(parseIdentity('3216087102900001')).toEqual({ error: 'nik_birthdate' }); // 31 + 40
  expect(parseIdentity('3216083502900001')).toEqual({ error: 'nik_day' }); // day 35: neither
  expect(parseIdentity('3216086902000001')).toEqual({ kind: 'nik', value: '3216086902000001' }); // 29 Feb 2000, a woman
  expect(parseIdentity('3216081505900000')).toEqual({ error: 'nik_format' });
  expect(parseIdentity('+62 812-9876-5432')).toEqual({ kind: 'phone', value: '6281298765432' });
  expect(parseIdentity('0812')).toEqual({ error: 'phone_format' });
  expect(parseIdentity('12345678901234567')).toEqual({ error: 'nik_format' });
});

describeEachDatabase(
  'what is kept of a visitor',
  (get) => {
    let server: Awaited<ReturnType<typeof serveDoor>>;
    beforeAll(async () => {
      // The suite's requests come through a proxy on this machine, naming each client.
      process.env.PINDAI_TRUSTED_PROXIES = '127.0.0.1';
      server = await serveDoor(get());
    });
    afterAll(async () => {
      delete process.env.PINDAI_TRUSTED_PROXIES;
      await server.close();
    });

    it('stores no NIK or phone number anywhere after import, scans, check-out and API calls', async () => {
      const { db } = get();
      const health = await ctxFor(db, await actorWith(db, 'health', '32.16'), '32.16');
      const report = await importRegistry(health, `nik,dosis,positif\n${NIKS[0]},2,tidak\n${PHONE},1,tidak\n9999991505900001,2,tidak\n`);
      expect(report).toMatchObject({ imported: 2, rejected: [{ line: 4, reason: 'nik_region' }] });

      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      const token = (await createPoster(admin, { label: 'Pintu', serviceId: null })).token!;
      const post = (path: string, fields: Record<string, string>) =>
        fetch(`${server.origin}${path}`, {
          method: 'POST',
          redirect: 'manual',
          headers: { origin: server.origin, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `privacy-${token}` },
          body: new URLSearchParams(fields),
        });
      const scanned = await post(`/c/${token}/masuk`, { identitas: NIKS[0]! });
      expect(scanned.status).toBe(303);
      const [, id, s] = scanned.headers.get('location')!.match(/hasil\/(\d+)\?s=(.+)$/)!;
      expect((await post(`/c/${token}/keluar`, { event: id!, s: s! })).status).toBe(303);
      expect((await post(`/c/${token}/masuk`, { identitas: PHONE })).status).toBe(303);
      const { key } = await createApiKey(admin, { name: 'Kios' });
      const api = await fetch(`${server.origin}/api/v1/checkins`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ checkins: NIKS.map((nik, i) => ({ idempotency_key: `p-${i}`, identity: nik, poster: token })) }),
      });
      expect(api.status).toBe(200);

      const statuses = await queryRows<{ kind: string; status: string }>(
        db,
        sql`SELECT e.kind, e.status FROM checkin_events e LEFT JOIN checkin_keys k ON k.event_id = e.id
            WHERE e.poster_id IS NOT NULL ORDER BY k.idempotency_key NULLS FIRST, e.id`,
      );
      // The registry decided: two doses hijau, one dose kuning, unknown not recorded (a batch's items commit in any order).
      expect(statuses.map((r) => `${r.kind}:${r.status}`)).toEqual(['in:hijau', 'out:hijau', 'in:kuning', 'in:hijau', 'in:tidak_tercatat']);
      // What the desk compares with the visitor's phone: the identity masked, never whole.
      const hints = await queryRows<{ hint: string }>(
        db,
        sql`SELECT e.visitor_hint AS hint FROM checkin_events e LEFT JOIN checkin_keys k ON k.event_id = e.id
            WHERE e.poster_id IS NOT NULL ORDER BY k.idempotency_key NULLS FIRST, e.id`,
      );
      expect(hints.map((r) => r.hint)).toEqual(['3216 •••• •••• 0777', '3216 •••• •••• 0777', '0812 •••• 432', '3216 •••• •••• 0777', '3216 •••• •••• 0888']);

      const spellings = [...NIKS, PHONE, PHONE.replace(/^0/, '62'), PHONE.slice(1)];
      for (const table of Object.keys(await tableCounts(db))) {
        const [row] = await queryRows<{ dump: string | null }>(db, sql`SELECT string_agg(t::text, E'\\n') AS dump FROM ${sql.identifier(table)} t`);
        for (const secret of spellings) expect(row?.dump ?? '', `${table} holds ${secret}`).not.toContain(secret);
      }
    });

    it('erases visitor keys past the retention period and keeps every count', async () => {
      const { db } = get();
      await db.execute(sql`UPDATE checkin_events SET occurred_at = occurred_at - interval '31 days' WHERE id = (SELECT event_id FROM checkin_keys WHERE idempotency_key = 'p-0')`);
      const rolled = () => queryRows<{ n: number }>(db, sql`SELECT sum(n)::int AS n FROM rollup_unit_hour`);
      const before = await rolled();
      const counts = await tableCounts(db);
      expect(await purgeVisitorKeys(db)).toBe(1);
      expect(await purgeVisitorKeys(db)).toBe(0);
      const [kept] = await queryRows<{ purged: number; keyed: number }>(
        db,
        sql`SELECT count(*) FILTER (WHERE visitor_key IS NULL AND visitor_hint IS NULL)::int AS purged,
                   count(*) FILTER (WHERE visitor_key IS NOT NULL)::int AS keyed FROM checkin_events`,
      );
      // The masked identity goes with the key.
      expect(kept).toEqual({ purged: 1, keyed: counts.checkin_events! - 1 });
      expect(await tableCounts(db)).toEqual(counts);
      expect(await rolled()).toEqual(before);
    });
  },
  async ({ db }) => {
    await seedAreas(db);
  },
);
