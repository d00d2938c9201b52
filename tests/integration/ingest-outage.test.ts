import { describe, expect, it } from 'vitest';
import { CheckinWriter } from '@/lib/checkins/ingest';
import { openDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { deskCheckin } from '../support/checkin-checks';

const row = (n: number) => deskCheckin(1, `outage-${n}`);

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

describe('check-ins while the database is unreachable', () => {
  it('answer 503 with Retry-After, then refuse at once during the cool-down', async () => {
    // Nothing listens on port 1: connecting fails straight away.
    const handle = await openDb({ url: 'postgres://postgres@127.0.0.1:1/pindai' });
    const writer = new CheckinWriter(handle.db, undefined, { cooldownMs: 60_000 });
    const first = await failure(writer.submit(row(1)));
    expect(first).toBeInstanceOf(AppError);
    expect(first).toMatchObject({ status: 503, retryAfter: 2 });
    expect(first!.cause).toBeDefined(); // it tried the database

    const second = await failure(writer.submit(row(2)));
    expect(second).toMatchObject({ status: 503, retryAfter: 2 });
    expect(second!.cause).toBeUndefined(); // refused without trying again
    await handle.close();
  });

  it('keep the waiting queue bounded while a write hangs', async () => {
    const hanging = { execute: () => new Promise(() => {}) } as unknown as Db;
    const writer = new CheckinWriter(hanging, undefined, { maxWaitMs: 1, maxBatch: 10, maxQueue: 25 });
    // The first ten leave in a batch that never returns; the next 25 wait; the rest are refused.
    for (let i = 0; i < 10; i++) void writer.submit(row(i));
    await new Promise((r) => setTimeout(r, 20));
    for (let i = 0; i < 25; i++) void writer.submit(row(100 + i));
    const refused = await Promise.all(Array.from({ length: 5 }, (_, i) => failure(writer.submit(row(200 + i)))));
    expect(refused.map((e) => e?.status)).toEqual([503, 503, 503, 503, 503]);
  });
});
