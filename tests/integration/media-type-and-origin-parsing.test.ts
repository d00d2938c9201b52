import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import * as checkinsRoute from '@/app/api/v1/checkins/route';
import { createApiKey } from '@/lib/checkins/api-keys';
import { assertSameOrigin } from '@/lib/http/origin';
import { tableCounts, testNik } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';
import { serveRoutes } from '../support/route-server';

const TA = '32.16.08.1008';

describeEachDatabase(
  'content types, read by media type',
  (get) => {
    let server: Awaited<ReturnType<typeof serveRoutes>>;
    let key: string;
    beforeAll(async () => {
      const { db } = get();
      server = await serveRoutes(get(), [[/^\/api\/v1\/checkins$/, checkinsRoute.POST]]);
      key = (await createApiKey(await ctxFor(db, await actorWith(db, 'admin', TA), TA), { name: 'Kios' })).key;
    });
    afterAll(() => server.close());

    const post = (type: string) =>
      fetch(`${server.origin}/api/v1/checkins`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': type },
        body: JSON.stringify({ idempotency_key: randomBytes(8).toString('hex'), identity: testNik(11) }),
      });

    it('refuses a type that merely starts like JSON, or JSON in another charset, writing nothing', async () => {
      const { db } = get();
      const before = await tableCounts(db);
      for (const type of ['application/jsonx', 'application/json-seq', 'application/json; charset=utf-16', 'application/json, text/plain', 'text/json']) {
        const res = await post(type);
        expect(res.status, type).toBe(415);
      }
      expect(await tableCounts(db)).toEqual(before);
    });

    it('accepts JSON however its media type is spelt', async () => {
      for (const type of ['application/json', 'Application/JSON; charset=UTF-8', 'application/json ; charset="utf-8"']) {
        expect((await post(type)).status, type).toBe(201);
      }
    });
  },
  async ({ db }) => {
    await seedAreas(db);
  },
);

afterEach(() => {
  delete process.env.NEXTAUTH_URL;
  delete process.env.PINDAI_PUBLIC_URL;
});

const changeFrom = (origin: string | null, url = 'http://pindai.example:3000/api/x') =>
  new Request(url, { method: 'POST', headers: { host: new URL(url).host, ...(origin === null ? {} : { origin }) } });

it('compares an Origin by scheme, host and port', () => {
  const refused = (origin: string | null) => expect(() => assertSameOrigin(changeFrom(origin))).toThrow(/asal tidak dikenal/);
  expect(() => assertSameOrigin(changeFrom('http://pindai.example:3000'))).not.toThrow();
  expect(() => assertSameOrigin(changeFrom('HTTP://Pindai.Example:3000'))).not.toThrow();
  refused('https://pindai.example:3000'); // another scheme: another site
  refused('http://pindai.example:3001');
  refused('http://pindai.example');
  refused('http://pindai.example:3000.evil.example');
  refused('null');
  refused(null);
  refused('bukan url');
  // Behind a proxy the browser's address is configured: that origin exactly, default port or not.
  process.env.NEXTAUTH_URL = 'https://pindai.bekasikab.go.id/';
  process.env.PINDAI_PUBLIC_URL = 'http://192.168.1.20:3000';
  expect(() => assertSameOrigin(changeFrom('https://pindai.bekasikab.go.id:443'))).not.toThrow();
  expect(() => assertSameOrigin(changeFrom('http://192.168.1.20:3000'))).not.toThrow();
  refused('http://pindai.bekasikab.go.id');
  refused('https://192.168.1.20:3000');
});
