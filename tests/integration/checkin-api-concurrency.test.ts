import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as checkinsRoute from '@/app/api/v1/checkins/route';
import { createApiKey } from '@/lib/checkins/api-keys';
import { queryRows } from '@/lib/db/client';
import { createPoster } from '@/lib/posters/posters';
import { officeHours } from '@/lib/services/input';
import { createService } from '@/lib/services/services';
import { rollupMismatches, tableCounts, testNik } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas, unitByCode } from '../support/fixtures';
import { serveRoutes } from '../support/route-server';

const REGENCY = '32.16';
const UNITS = ['32.16.08.1008', '32.16.08.2001', '32.16.01.2001'];
const REQUESTS = 2000;
const DISTINCT = 1400;

type Sent = { key: string; body: Record<string, unknown> };
type Answer = { key: string; status: number; id?: number; created?: boolean };

describeEachDatabase(
  'API check-ins under concurrency',
  (get) => {
    let server: Awaited<ReturnType<typeof serveRoutes>>;
    beforeAll(async () => {
      server = await serveRoutes(get(), [[/^\/api\/v1\/checkins$/, checkinsRoute.POST]]);
    });
    afterAll(() => server.close());

    it('stores every acknowledged check-in exactly once, keeps the rollups equal to the events, writes nothing else', async () => {
      const { db } = get();
      const admin = await ctxFor(db, await actorWith(db, 'admin', REGENCY), REGENCY);
      const { key } = await createApiKey(admin, { name: 'Kios uji' });
      // Check-ins spread over units, a service, a poster, kinds and hours, under one regency key.
      const units = await Promise.all(UNITS.map((code) => unitByCode(db, code)));
      const unitAdmin = await ctxFor(db, await actorWith(db, 'admin', UNITS[0]!), UNITS[0]!);
      const service = await createService(unitAdmin, { name: 'KTP-el', category: 'kependudukan', openingHours: officeHours });
      const poster = await createPoster(unitAdmin, { label: 'Loket KTP', serviceId: service.id });
      const distinct: Sent[] = Array.from({ length: DISTINCT }, (_, i) => {
        const body: Record<string, unknown> = {
          idempotency_key: `conc-${i}`,
          identity: testNik(i),
          kind: i % 5 === 0 ? 'out' : 'in',
          occurred_at: new Date(Date.now() - (i % 4) * 3600_000).toISOString(),
        };
        if (i % 3 === 0) body.poster = poster.token;
        else body.unit_id = units[i % units.length]!.id;
        return { key: body.idempotency_key as string, body };
      });
      // The rest repeat random keys; a repeat may be in flight together with its first.
      const sent = [...distinct, ...Array.from({ length: REQUESTS - DISTINCT }, () => distinct[Math.floor(Math.random() * DISTINCT)]!)];
      sent.sort(() => Math.random() - 0.5);

      const before = await tableCounts(db);
      const answers: Answer[] = await Promise.all(
        sent.map(async ({ key: idem, body }) => {
          const res = await fetch(`${server.origin}/api/v1/checkins`, {
            method: 'POST',
            headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          const json = (await res.json()) as { id?: number; created?: boolean };
          return { key: idem, status: res.status, id: json.id, created: json.created };
        }),
      );

      const acknowledged = answers.filter((a) => a.status === 201 || a.status === 200);
      expect(answers.filter((a) => !acknowledged.includes(a))).toEqual([]);
      // Every key got one id, and exactly one of its answers says it was created.
      const idOf = new Map<string, number>();
      for (const a of acknowledged) {
        expect(idOf.get(a.key) ?? a.id, `one id for ${a.key}`).toBe(a.id);
        idOf.set(a.key, a.id!);
      }
      expect(idOf.size).toBe(DISTINCT);
      expect(acknowledged.filter((a) => a.created)).toHaveLength(DISTINCT);
      expect(acknowledged.filter((a) => a.created).every((a) => a.status === 201)).toBe(true);

      const stored = await queryRows<{ id: number; key: string }>(
        db,
        sql`SELECT e.id::int AS id, k.idempotency_key AS key
            FROM checkin_events e JOIN checkin_keys k ON k.event_id = e.id WHERE k.idempotency_key LIKE 'conc-%'`,
      );
      expect(stored).toHaveLength(DISTINCT);
      expect(new Map(stored.map((r) => [r.key, r.id]))).toEqual(idOf);
      expect(await rollupMismatches(db)).toEqual([]);

      const after = await tableCounts(db);
      const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
      expect(changed.sort()).toEqual([
        'checkin_events', 'checkin_keys', 'rollup_area_day', 'rollup_area_hour', 'rollup_province_day', 'rollup_province_hour',
        'rollup_unit_day', 'rollup_unit_hour',
      ]);
      expect(after.checkin_events! - before.checkin_events!).toBe(DISTINCT);
      expect(after.checkin_keys! - before.checkin_keys!).toBe(DISTINCT);
    });
  },
  async ({ db }) => {
    await seedAreas(db);
  },
);
