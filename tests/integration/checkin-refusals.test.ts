import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '@/lib/checkins/api-keys';
import { createPoster, revokePoster, rotatePoster } from '@/lib/posters/posters';
import { newToken } from '@/lib/posters/tokens';
import { tableCounts, testNik } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas, unitByCode } from '../support/fixtures';
import { serveDoor } from '../support/door-server';

const TA = '32.16.08.1008';
const KOTA = '32.75';

describeEachDatabase(
  'check-in refusals',
  (get) => {
    let server: Awaited<ReturnType<typeof serveDoor>>;
    let key: string;
    let foreignKey: string;
    let revokedKey: string;
    let live: string;
    let rotated: string;
    let revoked: string;
    // Rate limits are per process: each suite uses addresses of its own.
    // A real address per name (the proxy's X-Forwarded-For must parse), fresh for each suite.
    const seen = new Map<string, string>();
    const base = randomBytes(1)[0]!;
    const address = (n: number | string) => {
      const key = String(n);
      if (!seen.has(key)) seen.set(key, `10.${base}.${Math.floor(seen.size / 250)}.${(seen.size % 250) + 1}`);
      return seen.get(key)!;
    };

    beforeAll(async () => {
      // The suite's requests come through a proxy on this machine, naming each client.
      process.env.PINDAI_TRUSTED_PROXIES = '127.0.0.1';
      const { db } = get();
      server = await serveDoor(get());
      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      key = (await createApiKey(admin, { name: 'Pemindai loket' })).key;
      const old = await createApiKey(admin, { name: 'Pemindai lama' });
      await revokeApiKey(admin, old.id);
      revokedKey = old.key;
      const kota = await ctxFor(db, await actorWith(db, 'admin', KOTA), KOTA);
      foreignKey = (await createApiKey(kota, { name: 'Kios Kota' })).key;
      live = (await createPoster(admin, { label: 'Pintu utama', serviceId: null })).token!;
      const second = await createPoster(admin, { label: 'Pintu samping', serviceId: null });
      rotated = second.token!;
      await rotatePoster(admin, second.id);
      const third = await createPoster(admin, { label: 'Pintu lama', serviceId: null });
      revoked = third.token!;
      await revokePoster(admin, third.id);
    });
    afterAll(async () => {
      delete process.env.PINDAI_TRUSTED_PROXIES;
      await server.close();
    });

    const api = (body: unknown, opts: { key?: string | null; type?: string; from?: string } = {}) =>
      fetch(`${server.origin}/api/v1/checkins`, {
        method: 'POST',
        headers: {
          ...(opts.key === null ? {} : { authorization: `Bearer ${opts.key ?? key}` }),
          'content-type': opts.type ?? 'application/json',
          'x-forwarded-for': opts.from ?? address('api'),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const form = (token: string, fields: Record<string, string>, from: string, origin = server.origin) =>
      fetch(`${server.origin}/c/${token}/masuk`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': from },
        body: new URLSearchParams(fields),
      });
    const checkin = (over: Record<string, unknown> = {}) => ({
      idempotency_key: randomBytes(8).toString('hex'),
      identity: testNik(7),
      ...over,
    });
    const expectRefusal = async (res: Response, status: number, words: RegExp) => {
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error: { message: string } };
      expect(body.error.message).toMatch(words);
    };

    it('answers each bad API request with its status and a clear message, writing nothing', async () => {
      const { db } = get();
      const before = await tableCounts(db);
      await expectRefusal(await api(checkin({ poster: 'bukan-token' })), 404, /Poster tidak dikenal/);
      await expectRefusal(await api(checkin({ poster: newToken() })), 404, /Poster tidak dikenal/);
      await expectRefusal(await api(checkin({ poster: revoked })), 410, /tidak berlaku/);
      await expectRefusal(await api(checkin({ poster: rotated })), 410, /tidak berlaku/);
      await expectRefusal(await api(checkin({ poster: live, identity: '3216083113900001' })), 422, /bulan lahir/);
      await expectRefusal(await api(checkin({ poster: live, identity: '9999991505900001' })), 422, /kode wilayah/);
      await expectRefusal(await api(checkin({ identity: '12345' })), 422, /Nomor ponsel tidak valid/);
      await expectRefusal(await api(checkin({ identity: 3216081505900001 })), 422, /^identity: Input tidak valid: diharapkan string/);
      const huge = JSON.stringify({ checkins: Array.from({ length: 1000 }, () => checkin({ note: 'x'.repeat(600) })) });
      await expectRefusal(await api(huge), 413, /paling besar/i);
      // Without a Content-Length the limit holds while the body streams in.
      const streamed = await fetch(`${server.origin}/api/v1/checkins`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: new Blob([huge]).stream(),
        duplex: 'half',
      } as RequestInit);
      await expectRefusal(streamed, 413, /paling besar/i);
      await expectRefusal(await api(JSON.stringify(checkin()), { type: 'text/plain' }), 415, /kirim JSON/);
      await expectRefusal(await api(checkin(), { key: null }), 401, /Kunci API tidak ada/);
      await expectRefusal(await api(checkin(), { key: revokedKey }), 401, /dicabut/);
      expect(await tableCounts(db)).toEqual(before);
      // A key in use is refused as soon as it is revoked, though its lookup is cached.
      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      const used = await createApiKey(admin, { name: 'Dipakai lalu dicabut' });
      expect((await api(checkin(), { key: used.key })).status).toBe(201);
      await revokeApiKey(admin, used.id);
      const afterUse = await tableCounts(db);
      await expectRefusal(await api(checkin(), { key: used.key }), 401, /dicabut/);
      expect(await tableCounts(db)).toEqual(afterUse);
      await expectRefusal(await api(checkin({ poster: live }), { key: foreignKey }), 403, /milik unit lain/);
      const ta = await unitByCode(db, TA);
      await expectRefusal(await api(checkin({ unit_id: ta.id }), { key: foreignKey }), 403, /di luar wilayah/);
      expect(await tableCounts(db)).toEqual(afterUse);
    });

    it('answers the batch form item by item: good ones stored, bad ones refused on their own', async () => {
      const { db } = get();
      const before = await tableCounts(db);
      const res = await api({ checkins: [checkin(), checkin({ identity: '9999991505900001' }), checkin({ poster: revoked })] });
      expect(res.status).toBe(200);
      const { results } = (await res.json()) as { results: { ok: boolean; error?: { status: number } }[] };
      expect(results.map((r) => r.ok)).toEqual([true, false, false]);
      expect(results.slice(1).map((r) => r.error?.status)).toEqual([422, 410]);
      expect((await tableCounts(db)).checkin_events).toBe(before.checkin_events! + 1);
      await expectRefusal(await api({ checkins: Array.from({ length: 1001 }, () => checkin()) }), 422, /1 sampai 1000/);
    });

    it('refuses too many scans from one address and for one poster with 429 and Retry-After', async () => {
      const { db } = get();
      // One identity read over and over, from ever new addresses: the 11th is refused.
      const nik = testNik(4242);
      for (let i = 0; i < 10; i++) expect((await form(live, { identitas: nik }, address(`id${i}`))).status).not.toBe(429);
      const tooMany = await form(live, { identitas: nik }, address('id-last'));
      expect(tooMany.status).toBe(429);
      expect(Number(tooMany.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await tooMany.text()).toMatch(/Terlalu banyak permintaan. Coba lagi dalam \d+ detik/);

      const poster = (await createPoster(await ctxFor(db, await actorWith(db, 'admin', TA), TA), { label: 'Antrean', serviceId: null })).token!;
      const afterPoster = await tableCounts(db);
      const answers = await Promise.all(Array.from({ length: 600 }, (_, i) => form(poster, { identitas: '1' }, address(`q${i}`)).then((r) => r.status)));
      expect(answers.filter((s) => s !== 422)).toEqual([]);
      const busy = await form(poster, { identitas: '1' }, address('fresh'));
      expect(busy.status).toBe(429);
      expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another poster is not affected.
      expect((await form(live, { identitas: '1' }, address('fresh'))).status).toBe(422);
      expect(await tableCounts(db)).toEqual(afterPoster);

      for (let i = 0; i < 30; i++) expect((await api(checkin(), { key: 'pnd_bukan', from: address('guess') })).status).toBe(401);
      const guessing = await api(checkin(), { key: 'pnd_bukan', from: address('guess') });
      expect(guessing.status).toBe(429);
      expect(guessing.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await tableCounts(db)).checkin_events).toBe(afterPoster.checkin_events);
    });

    it('refuses a visitor form from another site, of the wrong type or too large', async () => {
      expect((await form(live, { identitas: testNik(3) }, address('f1'), 'http://evil.example')).status).toBe(403);
      const typed = await fetch(`${server.origin}/c/${live}/masuk`, {
        method: 'POST',
        headers: { origin: server.origin, 'content-type': 'application/json', 'x-forwarded-for': address('f2') },
        body: '{}',
      });
      expect(typed.status).toBe(415);
      expect(await typed.text()).toMatch(/Kirim formulir/);
      expect((await form(live, { identitas: 'x'.repeat(5000) }, address('f3'))).status).toBe(413);
    });

    it('never answers the public with a 500, whatever it is sent, and stores none of it', async () => {
      const { db } = get();
      const before = await tableCounts(db);
      const bodies: string[] = [
        '',
        '{',
        'null',
        '[]',
        '"checkins"',
        '1e999999',
        '{"checkins": null}',
        '{"checkins": {}}',
        '{"checkins": [null, 1, "a", [], {}]}',
        '{"__proto__": {"admin": true}}',
        JSON.stringify(checkin({ identity: 3216081505900001 })),
        JSON.stringify(checkin({ identity: ['3216081505900001'] })),
        JSON.stringify(checkin({ unit_id: 1e20 })),
        JSON.stringify(checkin({ unit_id: 2 ** 31 })),
        JSON.stringify(checkin({ unit_id: -1 })),
        JSON.stringify(checkin({ unit_id: 1.5 })),
        JSON.stringify(checkin({ service_id: 2 ** 40 })),
        JSON.stringify(checkin({ kind: 'keluar' })),
        JSON.stringify(checkin({ occurred_at: '2021-13-45T99:99:99Z' })),
        JSON.stringify(checkin({ occurred_at: '0001-01-01T00:00:00Z' })),
        JSON.stringify(checkin({ occurred_at: '9999-12-31T23:59:59Z' })),
        JSON.stringify(checkin({ idempotency_key: 'a\u0000b' })),
        JSON.stringify(checkin({ idempotency_key: '\ud800' })),
        JSON.stringify(checkin({ idempotency_key: 'kunci 🙂' })),
        JSON.stringify(checkin({ idempotency_key: 'k'.repeat(101) })),
        JSON.stringify(checkin({ identity: '३२१६०८१५०५९०००१' })), // Devanagari digits
        JSON.stringify(checkin({ identity: '３２１６０８１５０５９０００１' })), // full-width digits
        JSON.stringify(checkin({ identity: '\u0000'.repeat(40) })),
        JSON.stringify(checkin({ poster: '\u202e'.repeat(24) })),
        JSON.stringify(checkin({ poster: 12 })),
        JSON.stringify({ ...checkin(), extra: 1 }),
        JSON.stringify({ checkins: [checkin({ unit_id: 2 ** 53 }), checkin({ identity: '' })] }),
        '{"a":'.repeat(5000) + '1' + '}'.repeat(5000),
      ];
      for (const body of bodies) {
        const res = await api(body);
        expect(res.status, body.slice(0, 80)).toBeLessThan(500);
        if (res.status !== 200) expect(((await res.json()) as { error: { message: string } }).error.message.length).toBeGreaterThan(5);
        else expect(((await res.json()) as { results: { ok: boolean }[] }).results.every((r) => !r.ok)).toBe(true);
      }
      const fields: Record<string, string>[] = [
        {},
        { identitas: '' },
        { identitas: '\u0000' },
        { identitas: '🙂'.repeat(20) },
        { identitas: '9'.repeat(40) },
        { identitas: '３２１６０８１５０５９０００１' },
        { lain: 'x' },
      ];
      for (const [n, f] of fields.entries()) {
        for (const token of [live, revoked, 'x', newToken(), '%00', encodeURIComponent('🙂')]) {
          const res = await form(token, f, address(`fz${n}`));
          expect(res.status, `${token} ${JSON.stringify(f)}`).toBeLessThan(500);
        }
      }
      for (const event of ['', '0', '-1', '1e3', '99999999999', 'abc', '1']) {
        const res = await fetch(`${server.origin}/c/${live}/keluar`, {
          method: 'POST',
          redirect: 'manual',
          headers: { origin: server.origin, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address('out') },
          body: new URLSearchParams({ event, s: 'palsu' }),
        });
        expect(res.status, event).toBe(404);
      }
      expect(await tableCounts(db)).toEqual(before);
    });
  },
  async ({ db }) => {
    await seedAreas(db);
  },
);
