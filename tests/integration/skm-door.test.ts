import { afterAll, beforeAll, expect, it } from 'vitest';
import { importRegistry } from '@/lib/checkins/registry-import';
import { demoNik, demoVisitors, registryCsv } from '@/demo/registry';
import { createPoster } from '@/lib/posters/posters';
import { tableCounts } from '../support/checkin-checks';
import { serveDoor } from '../support/door-server';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';

const TA = '32.16.08.1008';
const TM = '32.16.08.2001';
const scores = (value = '3') => Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u${i + 1}`, value]));

describeEachDatabase(
  'the survey at the door over HTTP',
  (get) => {
    let server: Awaited<ReturnType<typeof serveDoor>>;
    let token: string;
    let other: string;
    beforeAll(async () => {
      const { db } = get();
      server = await serveDoor(get());
      token = (await createPoster(await ctxFor(db, await actorWith(db, 'admin', TA), TA), { label: 'Pintu', serviceId: null })).token!;
      other = (await createPoster(await ctxFor(db, await actorWith(db, 'admin', TM), TM), { label: 'Pintu', serviceId: null })).token!;
    });
    afterAll(() => server.close());

    const get_ = (path: string) => fetch(`${server.origin}${path}`, { redirect: 'manual' });
    const post = (path: string, fields: Record<string, string>, from = '198.51.100.20') =>
      fetch(`${server.origin}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin: server.origin, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': from },
        body: new URLSearchParams(fields),
      });
    /** A hijau check-in at `at`: its result page and the receipt's event id and signature. */
    async function checkIn(at: string, from: string) {
      const result = (await post(`/c/${at}/masuk`, { identitas: demoNik('hijau') }, from)).headers.get('location')!;
      const [, event, s] = result.match(/hasil\/(\d+)\?s=(.+)$/)!;
      return { result, event: event!, s: s! };
    }

    it('offers the survey on the result page, and takes one answer per check-in', async () => {
      const { db } = get();
      const { result, event, s } = await checkIn(token, '198.51.100.21');
      const page = await (await get_(result)).text();
      const link = page.match(/href="(\/c\/[^"]+\/skm\/\d+\?s=[^"]+)"/)![1]!;
      expect(link).toBe(`/c/${token}/skm/${event}?s=${s}`);
      const form = await get_(link);
      expect(form.status).toBe(200);
      const html = await form.text();
      expect(Buffer.byteLength(html)).toBeLessThan(15 * 1024);
      expect(html).not.toContain('<script');
      expect(html.match(/<fieldset>/g)).toHaveLength(10);
      expect(html).toContain('Sangat sopan dan ramah');
      const before = await tableCounts(db);
      const answered = await post(`/c/${token}/skm`, { event, s, ...scores('4'), u4: '2', jk: 'l', saran: '  Ruang tunggu panas.  ' });
      expect(answered.status).toBe(303);
      expect(answered.headers.get('location')).toBe(`/c/${token}/skm/terima-kasih`);
      expect((await get_(answered.headers.get('location')!)).status).toBe(200);
      const after = await tableCounts(db);
      expect([after.skm_responses! - before.skm_responses!, after.skm_answered! - before.skm_answered!]).toEqual([1, 1]);
      const [row] = await db.query.skmResponses.findMany({ where: (r, { eq }) => eq(r.suggestion, 'Ruang tunggu panas.') });
      expect([row?.u4, row?.u1, row?.sex]).toEqual([2, 4, 'l']);
      const again = await post(`/c/${token}/skm`, { event, s, ...scores('1') });
      expect(again.status).toBe(409);
      expect(await tableCounts(db)).toEqual(after);
      expect(await (await get_(link)).text()).toContain('Survei sudah diisi');
    });

    it('offers the check-in’s survey after check-out', async () => {
      const { event, s } = await checkIn(token, '198.51.100.22');
      const out = await post(`/c/${token}/keluar`, { event, s }, '198.51.100.22');
      const page = await (await get_(out.headers.get('location')!)).text();
      expect(page).toContain('data-outcome="out"');
      expect(page).toContain(`/c/${token}/skm/${event}?s=${s}`);
    });

    it('refuses a bad receipt (403), a missing or out-of-range answer (422) and another poster’s check-in (422), writing nothing', async () => {
      const { db } = get();
      const { event, s } = await checkIn(token, '198.51.100.23');
      const before = await tableCounts(db);
      expect((await post(`/c/${token}/skm`, { event, s: 'palsu', ...scores() })).status).toBe(403);
      expect((await post(`/c/${token}/skm`, { event: String(Number(event) + 1), s, ...scores() })).status).toBe(403);
      expect((await post(`/c/${token}/skm`, { s, ...scores() })).status).toBe(403);
      const eight = scores();
      delete eight.u9;
      const missing = await post(`/c/${token}/skm`, { event, s, ...eight, saran: 'tetap di formulir' });
      expect(missing.status).toBe(422);
      const html = await missing.text();
      expect(html).toContain('Jawab semua pertanyaan 1 sampai 9.');
      expect(html).toContain('tetap di formulir');
      const bads: Record<string, string>[] = [{ u1: '5' }, { u3: '0' }, { u2: '2.5' }, { u5: '' }, { jk: 'x' }, { saran: 'a'.repeat(1001) }];
      for (const bad of bads) {
        expect((await post(`/c/${token}/skm`, { event, s, ...scores(), ...bad })).status, JSON.stringify(bad).slice(0, 40)).toBe(422);
      }
      expect((await post(`/c/${other}/skm`, { event, s, ...scores() })).status).toBe(422);
      expect((await get_(`/c/${other}/skm/${event}?s=${s}`)).status).toBe(404);
      expect((await get_(`/c/${token}/skm/${event}?s=palsu`)).status).toBe(404);
      expect(await tableCounts(db)).toEqual(before);
    });
  },
  async (database) => {
    await seedAreas(database.db);
    const { db } = database;
    await importRegistry(await ctxFor(db, await actorWith(db, 'health', '32'), '32'), registryCsv(demoVisitors));
  },
);
