import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as checkinsRoute from '@/app/api/v1/checkins/route';
import { openDb } from '@/lib/db/client';
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from '@/lib/http/client-address';
import { describeEachDatabase } from '../support/each-database';
import { seedAreas } from '../support/fixtures';
import { serveRoutes } from '../support/route-server';

afterEach(() => {
  delete process.env.PINDAI_TRUSTED_PROXIES;
});

describe('the client address', () => {
  it('is the socket address unless the socket is a configured proxy', () => {
    expect(resolveClientAddress('198.51.100.7', '203.0.113.9')).toBe('198.51.100.7');
    expect(resolveClientAddress('::ffff:198.51.100.7', undefined)).toBe('198.51.100.7');
    process.env.PINDAI_TRUSTED_PROXIES = '10.0.0.0/8, 192.168.1.1';
    expect(resolveClientAddress('10.1.2.3', '203.0.113.9')).toBe('203.0.113.9');
    expect(resolveClientAddress('192.168.1.1', '203.0.113.9')).toBe('203.0.113.9');
    // Read from the right, one trusted hop at a time: what the client wrote on the left is ignored.
    expect(resolveClientAddress('10.1.2.3', '1.1.1.1, 203.0.113.9, 10.9.9.9')).toBe('203.0.113.9');
    expect(resolveClientAddress('198.51.100.7', '203.0.113.9')).toBe('198.51.100.7');
    process.env.PINDAI_TRUSTED_PROXIES = '10.0.0.0/33';
    expect(() => resolveClientAddress('10.1.2.3', undefined)).toThrow(/PINDAI_TRUSTED_PROXIES/);
  });
});

describeEachDatabase(
  'X-Forwarded-For from an untrusted client',
  (get) => {
    let server: Awaited<ReturnType<typeof serveRoutes>>;
    beforeAll(async () => {
      server = await serveRoutes(get(), [[/^\/api\/v1\/checkins$/, checkinsRoute.POST]]);
    });
    afterAll(() => server.close());

    const guess = (headers: Record<string, string>) =>
      fetch(`${server.origin}/api/v1/checkins`, {
        method: 'POST',
        headers: { authorization: `Bearer pnd_${'x'.repeat(32)}`, 'content-type': 'application/json', ...headers },
        body: '{}',
      });

    it('does not move a client to another bucket, however it rotates the header', async () => {
      // 30 refused keys a minute per address: rotating the header (or forging our own) is one client.
      for (let i = 0; i < 30; i++) {
        const res = await guess({ 'x-forwarded-for': `203.0.113.${i}`, [CLIENT_ADDRESS_HEADER]: `198.51.100.${i}` });
        expect(res.status).toBe(401);
      }
      const refused = await guess({ 'x-forwarded-for': '203.0.113.250' });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('is believed from a configured proxy, naming each client', async () => {
      process.env.PINDAI_TRUSTED_PROXIES = '127.0.0.1';
      // The socket's own bucket is full (above); behind the proxy each client has its own.
      for (let i = 0; i < 31; i++) expect((await guess({ 'x-forwarded-for': `203.0.113.${i}` })).status).toBe(401);
      for (let i = 0; i < 30; i++) expect((await guess({ 'x-forwarded-for': '192.0.2.1' })).status).toBe(401);
      expect((await guess({ 'x-forwarded-for': '192.0.2.1' })).status).toBe(429);
    });
  },
  async ({ db }) => {
    await seedAreas(db);
  },
);

describe('a database outage while authenticating an API key', () => {
  it('answers 503 with Retry-After and never counts as a failed attempt (never 429)', async () => {
    // Nothing listens on port 1: every lookup of the key fails as in an outage.
    const down = await openDb({ url: 'postgres://postgres@127.0.0.1:1/pindai' });
    const server = await serveRoutes(down, [[/^\/api\/v1\/checkins$/, checkinsRoute.POST]]);
    try {
      const statuses = new Map<number, number>();
      for (let i = 0; i < 40; i++) {
        const res = await fetch(`${server.origin}/api/v1/checkins`, {
          method: 'POST',
          headers: { authorization: `Bearer pnd_${String(i).padStart(32, 'k')}`, 'content-type': 'application/json' },
          body: '{}',
        });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 503) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      expect(Object.fromEntries(statuses)).toEqual({ 503: 40 });
    } finally {
      await server.close();
      await down.close();
    }
  });
});
