import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as checkinsRoute from '@/app/api/v1/checkins/route';
import { createApiKey } from '@/lib/checkins/api-keys';
import { createPoster } from '@/lib/posters/posters';
import { tableCounts, testNik } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';
import { serveRoutes } from '../support/route-server';

const TA = '32.16.08.1008';

type Answer = { ok?: boolean; id?: number; created?: boolean; status?: string; error?: { code: string; message: string } };

describeEachDatabase(
  'an idempotency key reused',
  (get) => {
    let server: Awaited<ReturnType<typeof serveRoutes>>;
    let keyA: string;
    let keyB: string;
    let poster: string;

    beforeAll(async () => {
      const { db } = get();
      server = await serveRoutes(get(), [[/^\/api\/v1\/checkins$/, checkinsRoute.POST]]);
      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      keyA = (await createApiKey(admin, { name: 'Pemindai pintu' })).key;
      keyB = (await createApiKey(admin, { name: 'Kios loket' })).key;
      poster = (await createPoster(admin, { label: 'Pintu utama', serviceId: null })).token!;
    });
    afterAll(() => server.close());

    const post = async (key: string, body: unknown) => {
      const res = await fetch(`${server.origin}/api/v1/checkins`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Answer & { results?: Answer[] } };
    };

    it('with another body is refused with 409 idempotency_mismatch and writes nothing', async () => {
      const { db } = get();
      const idem = randomBytes(8).toString('hex');
      const first = await post(keyA, { idempotency_key: idem, identity: testNik(1), poster });
      expect(first.status).toBe(201);
      const before = await tableCounts(db);
      // Another visitor's identity: the first visitor's status must not be handed back.
      for (const other of [
        { idempotency_key: idem, identity: testNik(2), poster },
        { idempotency_key: idem, identity: testNik(1), poster, kind: 'out' },
        { idempotency_key: idem, identity: testNik(1) },
      ]) {
        const again = await post(keyA, other);
        expect(again.status).toBe(409);
        expect(again.body.error?.code).toBe('idempotency_mismatch');
        expect(again.body.error?.message).toMatch(/Kunci idempotensi/);
        expect(again.body.status).toBeUndefined();
      }
      // In a batch, only that item is refused.
      const batch = await post(keyA, { checkins: [{ idempotency_key: idem, identity: testNik(2), poster }] });
      expect(batch.body.results?.[0]).toMatchObject({ ok: false, error: { code: 'idempotency_mismatch' } });
      expect(await tableCounts(db)).toEqual(before);
    });

    it('with the same body answers the first event again', async () => {
      const { db } = get();
      const idem = randomBytes(8).toString('hex');
      const body = { idempotency_key: idem, identity: testNik(3), poster, occurred_at: new Date().toISOString() };
      const first = await post(keyA, body);
      expect(first.status).toBe(201);
      const before = await tableCounts(db);
      const same = { ...body, occurred_at: body.occurred_at.replace('Z', '+00:00') }; // one instant, spelt otherwise
      const again = await post(keyA, same);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ ok: true, created: false, id: first.body.id, status: first.body.status });
      expect(await tableCounts(db)).toEqual(before);
    });

    it('belongs to the API key that used it: another scanner may choose the same key', async () => {
      const idem = randomBytes(8).toString('hex');
      const a = await post(keyA, { idempotency_key: idem, identity: testNik(4), poster });
      const b = await post(keyB, { idempotency_key: idem, identity: testNik(5), poster });
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(b.body.id).not.toBe(a.body.id);
    });
  },
  async ({ db }) => {
    await seedAreas(db);
  },
);
