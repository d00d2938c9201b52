import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as checkinsRoute from '@/app/api/v1/checkins/route';
import * as openapiRoute from '@/app/openapi.json/route';
import { registryCsv } from '@/demo/registry';
import { createApiKey } from '@/lib/checkins/api-keys';
import { importRegistry } from '@/lib/checkins/registry-import';
import { apiCheckin, apiResult, MAX_BATCH } from '@/lib/checkins/api-schema';
import { scannerApiDocument } from '@/lib/checkins/openapi';
import { createPoster } from '@/lib/posters/posters';
import { officeHours } from '@/lib/services/input';
import { createService } from '@/lib/services/services';
import { testNik } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';
import { serveRoutes } from '../support/route-server';

const TA = '32.16.08.1008';

type ObjectSchema = { properties: Record<string, unknown>; required?: string[] };
type Document = {
  components: { schemas: Record<string, ObjectSchema> };
  paths: Record<string, Record<string, unknown>>;
};

describeEachDatabase(
  "the scanner API's OpenAPI document",
  (get) => {
    let server: Awaited<ReturnType<typeof serveRoutes>>;
    let key: string;
    let unitId: number;
    let serviceId: number;
    let poster: string;

    beforeAll(async () => {
      const { db } = get();
      server = await serveRoutes(get(), [
        [/^\/openapi\.json$/, openapiRoute.GET, 'GET'],
        [/^\/api\/v1\/checkins$/, checkinsRoute.POST],
      ]);
      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      unitId = admin.unit.id;
      key = (await createApiKey(admin, { name: 'Pemindai dokumen' })).key;
      const service = await createService(admin, {
        name: 'KTP-el',
        category: 'kependudukan',
        openingHours: officeHours,
      });
      serviceId = service.id;
      poster = (await createPoster(admin, { label: 'Pintu utama', serviceId: null })).token!;
    });
    afterAll(() => server.close());

    const served = async (): Promise<Document> => {
      const res = await fetch(`${server.origin}/openapi.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      return (await res.json()) as Document;
    };
    const post = (body: unknown) =>
      fetch(`${server.origin}/api/v1/checkins`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const required = () => ({
      idempotency_key: randomBytes(8).toString('hex'),
      identity: testNik(11),
    });

    it('serves the document generated from the schemas the route validates with', async () => {
      const document = await served();
      expect(document).toEqual(JSON.parse(JSON.stringify(scannerApiDocument())));
      expect(Object.keys(document.paths)).toEqual(['/api/v1/checkins']);
    });

    it('documents exactly the fields a check-in may carry, and the route takes each of them', async () => {
      const { Checkin: checkin } = (await served()).components.schemas;
      expect(Object.keys(checkin!.properties).sort()).toEqual(Object.keys(apiCheckin.shape).sort());
      // Every documented field, sent at once, is accepted.
      const everything = {
        ...required(),
        kind: 'in',
        unit_id: unitId,
        service_id: serviceId,
        occurred_at: new Date(Date.now() - 60_000).toISOString(),
      };
      expect(Object.keys({ ...everything, poster }).sort()).toEqual(
        Object.keys(checkin!.properties).sort(),
      );
      expect((await post(everything)).status).toBe(201);
      expect((await post({ ...required(), poster })).status).toBe(201);
    });

    it('the route refuses a field the document does not list, and a check-in without a required one', async () => {
      const { Checkin: checkin } = (await served()).components.schemas;
      expect(checkin!.properties).not.toHaveProperty('note');
      const extra = await post({ ...required(), note: 'tamu' });
      expect(extra.status).toBe(422);
      expect(((await extra.json()) as { error: { message: string } }).error.message).toMatch(
        /note/,
      );

      const schemaRequired = Object.entries(apiCheckin.shape)
        .filter(([, field]) => !field.safeParse(undefined).success)
        .map(([name]) => name);
      expect(checkin!.required?.sort()).toEqual(schemaRequired.sort());
      expect(Object.keys(required()).sort()).toEqual(schemaRequired.sort());
      for (const field of checkin!.required ?? []) {
        const res = await post(
          Object.fromEntries(Object.entries(required()).filter(([name]) => name !== field)),
        );
        expect(res.status, field).toBe(422);
        expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
          new RegExp(`^${field}:`),
        );
      }
      expect((await post(required())).status).toBe(201);
    });

    it('answers the queue number of a check-in at a service that issues them, and the same one to a repeat', async () => {
      const { db } = get();
      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      const health = await ctxFor(db, await actorWith(db, 'health', '32'), '32');
      await importRegistry(health, registryCsv([{ nik: testNik(12), doses: 2, positive: false }]));
      const counter = await createService(admin, {
        name: 'Akta',
        category: 'kependudukan',
        openingHours: Array(7).fill({ open: '00:00', close: '23:59' }),
        queueLetter: 'B',
      });
      const body = {
        ...required(),
        identity: testNik(12),
        unit_id: unitId,
        service_id: counter.id,
      };
      const answers = [];
      for (const sent of [body, body, { ...body, idempotency_key: 'antrean-lain', kind: 'out' }])
        answers.push(
          (await (await post(sent)).json()) as { created: boolean; queue_number: string | null },
        );
      expect(answers.map((a) => [a.created, a.queue_number])).toEqual([
        [true, 'B-001'],
        [false, 'B-001'],
        [true, null],
      ]);
    });

    it('documents the answer the route gives, and the batch bounds it keeps', async () => {
      const { Result: result, CheckinBatch: batch } = (await served()).components.schemas;
      const answer = (await (await post(required())).json()) as Record<string, unknown>;
      expect(Object.keys(answer).sort()).toEqual(Object.keys(result!.properties).sort());
      expect(result!.required?.sort()).toEqual(Object.keys(answer).sort());
      expect(apiResult.safeParse(answer).success).toBe(true);

      expect(batch!.properties.checkins).toMatchObject({ minItems: 1, maxItems: MAX_BATCH });
      expect((await post({ checkins: [] })).status).toBe(422);
      expect(
        (await post({ checkins: Array.from({ length: MAX_BATCH + 1 }, required) })).status,
      ).toBe(422);
      expect((await post({ checkins: [required()] })).status).toBe(200);
    });
  },
  (database) => seedAreas(database.db),
);
