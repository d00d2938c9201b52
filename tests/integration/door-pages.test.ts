import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHANGES_CHANNEL, listenForChanges } from '@/lib/cache/changes';
import { importRegistry } from '@/lib/checkins/registry-import';
import { demoNik, demoVisitors, registryCsv } from '@/demo/registry';
import { createPoster, rotatePoster } from '@/lib/posters/posters';
import { tableCounts } from '../support/checkin-checks';
import { serveDoor } from '../support/door-server';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';

const TA = '32.16.08.1008';
const nik = (status: 'hijau' | 'kuning') => demoNik(status);
const UNKNOWN = '3216084407950123';

describeEachDatabase(
  'the door’s pages over HTTP',
  (get) => {
    let server: Awaited<ReturnType<typeof serveDoor>>;
    let token: string;
    let rotated: string;
    beforeAll(async () => {
      const { db } = get();
      server = await serveDoor(get());
      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      token = (await createPoster(admin, { label: 'Pintu uji', serviceId: null })).token!;
      const old = await createPoster(admin, { label: 'Pintu lama', serviceId: null });
      rotated = old.token!;
      await rotatePoster(admin, old.id);
    });
    afterAll(() => server.close());

    const get_ = (path: string) => fetch(`${server.origin}${path}`, { redirect: 'manual' });
    const post = (path: string, fields: Record<string, string>, from = '198.51.100.7') =>
      fetch(`${server.origin}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin: server.origin, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': from },
        body: new URLSearchParams(fields),
      });

    it('serves a small form with no script, and admits hijau through post/redirect/get', async () => {
      const form = await get_(`/c/${token}`);
      expect(form.status).toBe(200);
      const html = await form.text();
      expect(Buffer.byteLength(html)).toBeLessThan(15 * 1024);
      expect(html).not.toContain('<script');
      expect(html).toContain('Kelurahan Telaga Asih');
      const scanned = await post(`/c/${token}/masuk`, { identitas: nik('hijau') });
      expect(scanned.status).toBe(303);
      const result = await get_(scanned.headers.get('location')!);
      expect(result.status).toBe(200);
      expect(result.headers.get('cache-control')).toBe('no-store');
      expect(await result.text()).toMatch(/data-outcome="hijau"[\s\S]*Silakan masuk/);
    });

    it('says "not recorded" on the spot with the number masked and kept, and records it apart from merah', async () => {
      const { db } = get();
      const res = await post(`/c/${token}/masuk`, { identitas: UNKNOWN });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('data-outcome="tidak_tercatat"');
      expect(html).toContain('3216 •••• •••• 0123');
      expect(html).toContain(`value="${UNKNOWN}"`);
      expect(html).not.toContain('Merah');
      const rows = await db.query.checkinEvents.findMany({ where: (e, { eq }) => eq(e.status, 'tidak_tercatat') });
      expect(rows.map((r) => [r.admitted, r.reason])).toEqual([[false, 'not_recorded']]);
    });

    it('answers each bad value with its own message in the form, writing nothing', async () => {
      const { db } = get();
      const before = await tableCounts(db);
      for (const [typed, words] of [
        ['', 'Isi NIK atau nomor ponsel'],
        ['3216084407950', 'NIK harus 16 angka'],
        ['3216083507950001', 'angka ke-7 dan ke-8'],
        ['3216081513950001', 'angka ke-9 dan ke-10'],
        ['9999991505900001', 'kode wilayah'],
        ['0812', 'Nomor ponsel tidak valid'],
        ['<script>', 'hanya berisi angka'],
      ] as const) {
        const res = await post(`/c/${token}/masuk`, { identitas: typed });
        expect(res.status, typed).toBe(422);
        const html = await res.text();
        expect(html).toContain(words);
        expect(html).not.toContain('<script>');
      }
      expect(await tableCounts(db)).toEqual(before);
    });

    it('checks out, and the check-in’s result then shows the check-out', async () => {
      const scanned = await post(`/c/${token}/masuk`, { identitas: nik('kuning') }, '198.51.100.8');
      const result = scanned.headers.get('location')!;
      const [, id, s] = result.match(/hasil\/(\d+)\?s=(.+)$/)!;
      const out = await post(`/c/${token}/keluar`, { event: id!, s: s! }, '198.51.100.8');
      expect(out.status).toBe(303);
      expect(await (await get_(out.headers.get('location')!)).text()).toContain('data-outcome="out"');
      const again = await (await get_(result)).text();
      expect(again).toContain('Anda sudah check-out pukul');
      expect(again).not.toContain('name="event"');
    });

    it('forgets a cached poster within a second when another instance rotates it', async () => {
      const { db } = get();
      const stop = await listenForChanges(get());
      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      const poster = await createPoster(admin, { label: 'Pintu samping', serviceId: null });
      expect((await get_(`/c/${poster.token}`)).status).toBe(200); // now cached
      // What another instance does: retire the token in the database and NOTIFY, nothing in this process.
      await db.execute(sql`UPDATE poster_tokens SET retired_at = now() WHERE token = ${poster.token}`);
      expect((await get_(`/c/${poster.token}`)).status).toBe(200); // still the cached page
      await db.execute(sql`SELECT pg_notify(${CHANGES_CHANNEL}, 'posters')`);
      const until = Date.now() + 1000;
      let status = 200;
      while (status !== 410 && Date.now() < until) status = (await get_(`/c/${poster.token}`)).status;
      expect(status).toBe(410);
      await stop();
    });

    it('says 410 for a rotated poster and 404 for what is not a poster or receipt, never 5xx', async () => {
      const { db } = get();
      const before = await tableCounts(db);
      expect((await get_(`/c/${rotated}`)).status).toBe(410);
      expect((await post(`/c/${rotated}/masuk`, { identitas: nik('hijau') })).status).toBe(410);
      for (const path of ['/c/__proto__', `/c/${token}/hasil/99999999999`, `/c/${token}/hasil/1?s=x`, `/c/${token}/hasil/constructor`, '/c/x/y/z']) {
        expect((await get_(path)).status, path).toBe(404);
      }
      expect((await post(`/c/${token}/keluar`, { event: '1', s: 'palsu' })).status).toBe(404);
      expect((await get_('/c/%E0%A4%A')).status).toBe(400);
      expect((await get_('/c?kode=ABCD')).status).toBe(422);
      expect((await get_('/c?kode=ABCD-2345')).status).toBe(404);
      expect(await tableCounts(db)).toEqual(before);
    });
  },
  async (database) => {
    await seedAreas(database.db);
    const { db } = database;
    const health = await ctxFor(db, await actorWith(db, 'health', '32'), '32');
    await importRegistry(health, registryCsv(demoVisitors));
  },
);
