import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { assertShortCodeAllowed, limitShortCodeMiss, limitVisitor } from '@/lib/checkins/visitor-limits';
import { parseIdentity, visitorKey } from '@/lib/checkins/identity';
import { type DbHandle, openDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { testNik } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';

// getDb() and the limits read this process-wide handle: point it at one "instance's" database.
const serve = (handle: DbHandle) => {
  (globalThis as unknown as { pindaiDb?: Promise<DbHandle> }).pindaiDb = Promise.resolve(handle);
};

const keyOf = (n: number) => {
  const identity = parseIdentity(testNik(n));
  if ('error' in identity) throw new Error(identity.error);
  return visitorKey(identity);
};

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

describeEachDatabase('limits that protect visitors, shared by every instance', (get) => {
  it('lets 70 people behind one carrier address check in, each with their own NIK', async () => {
    serve(get());
    const address = '198.51.100.70';
    const poster = randomBytes(8).toString('hex');
    const results = await Promise.all(
      Array.from({ length: 70 }, (_, n) => refusal(limitVisitor({ address, poster, identityKey: keyOf(n) }))),
    );
    expect(results.filter(Boolean)).toEqual([]);
  });

  it("refuses reading one person's status at scale, whatever address or poster asks", async () => {
    serve(get());
    const identityKey = keyOf(9001);
    for (let i = 0; i < 10; i++) {
      await limitVisitor({ address: `203.0.113.${i}`, poster: randomBytes(8).toString('hex'), identityKey });
    }
    const refused = await refusal(limitVisitor({ address: '203.0.113.99', poster: 'lain', identityKey }));
    expect(refused).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(refused!.retryAfter).toBeGreaterThan(0);
    expect(refused!.message).toMatch(/Coba lagi dalam \d+ detik/);
    // Another person at the same moment is not affected.
    expect(await refusal(limitVisitor({ address: '203.0.113.99', poster: 'lain', identityKey: keyOf(9002) }))).toBeNull();
  });

  it("keeps one poster's pace below a flood, and other posters apart", async () => {
    serve(get());
    const poster = randomBytes(8).toString('hex');
    const scans = Array.from({ length: 600 }, (_, i) => refusal(limitVisitor({ address: `10.6.${i >> 8}.${i & 255}`, poster })));
    expect((await Promise.all(scans)).filter(Boolean)).toEqual([]);
    expect(await refusal(limitVisitor({ address: '10.7.0.1', poster }))).toMatchObject({ code: 'rate_limited' });
    expect(await refusal(limitVisitor({ address: '10.7.0.1', poster: `${poster}-lain` }))).toBeNull();
  });

  it('refuses guessing short codes: 30 misses a minute per address, then even a right code waits', async () => {
    serve(get());
    const address = '192.0.2.30';
    for (let i = 0; i < 30; i++) {
      await assertShortCodeAllowed(address);
      await limitShortCodeMiss(address);
    }
    expect(await refusal(limitShortCodeMiss(address))).toMatchObject({ code: 'rate_limited' });
    expect(await refusal(assertShortCodeAllowed(address))).toMatchObject({ code: 'rate_limited' });
    expect(await refusal(assertShortCodeAllowed('192.0.2.31'))).toBeNull();
  });

  it('counts one client across instances of the app on PostgreSQL', async () => {
    const first = get();
    if (first.driver !== 'pg') return; // the embedded database serves one process
    const second = await openDb({ url: first.url });
    try {
      const address = '192.0.2.77';
      serve(first);
      for (let i = 0; i < 20; i++) await limitShortCodeMiss(address);
      serve(second);
      for (let i = 0; i < 10; i++) await limitShortCodeMiss(address);
      expect(await refusal(limitShortCodeMiss(address))).toMatchObject({ code: 'rate_limited' });
      serve(first);
      expect(await refusal(assertShortCodeAllowed(address))).toMatchObject({ code: 'rate_limited' });
    } finally {
      await second.close();
    }
  });
});

it('answers an outage of the shared store as unavailable (503), never as a refusal of the visitor', async () => {
  const down = await openDb({ url: 'postgres://postgres@127.0.0.1:1/pindai' });
  try {
    serve(down);
    const error = await refusal(limitVisitor({ address: '192.0.2.1', poster: 'p', identityKey: keyOf(1) }));
    expect(error).toMatchObject({ code: 'unavailable', status: 503 });
    expect(error!.retryAfter).toBeGreaterThan(0);
    expect(await refusal(limitShortCodeMiss('192.0.2.1'))).toMatchObject({ code: 'unavailable' });
  } finally {
    await down.close();
  }
});
