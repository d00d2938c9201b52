import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { AppError, errorResponse, isAppError } from '@/lib/errors';
import { createLog } from '@/lib/log';
import { testNik } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLog(stream), text: () => lines.join('') };
}

const KEY = `pnd_${'s'.repeat(32)}`;
const KEY_HASH = 'ab'.repeat(32);

describeEachDatabase('logs of failed queries', (get) => {
  it('never carry the query parameters: no NIK, no key hash', async () => {
    const { db } = get();
    const nik = testNik(4242);
    // Both values fail the query, and PostgreSQL quotes the one it could not read.
    const failure = await db.execute(sql`SELECT ${nik}::int AS n, ${KEY_HASH}::text AS k`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).message) + String((failure as Error).cause)).toContain(nik); // what was at stake
    const { log, text } = capture();
    log.error({ err: failure }, 'request failed');
    const line = text();
    expect(line).not.toContain(nik);
    expect(line).not.toContain(KEY_HASH);
    expect(line).toContain('::int'); // the statement with its placeholders is kept
    expect(JSON.parse(line).err.cause.code).toMatch(/^22/); // SQLSTATE: a data exception
  });
});

it('redacts identities, keys, authorization headers and query strings wherever they sit', () => {
  const { log, text } = capture();
  const nik = testNik(77);
  log.error(
    {
      identity: nik,
      req: { headers: { authorization: `Bearer ${KEY}`, cookie: 'next-auth.session-token=abc' }, query: `kode=ABCD2345&nik=${nik}` },
      checkin: { visitorKey: 'hmac-of-a-person', apiKey: KEY },
      unit: 7,
    },
    'refused',
  );
  const line = text();
  for (const secret of [nik, KEY, 'session-token', 'ABCD2345', 'hmac-of-a-person']) expect(line).not.toContain(secret);
  expect(JSON.parse(line)).toMatchObject({ unit: 7, msg: 'refused' });
});

it('recognises an AppError thrown by another copy of lib/ (the fast path beside Next)', async () => {
  // A second evaluation of the module: its own AppError class, as a second bundle has.
  // @ts-expect-error the query suffix makes vite load a second instance; TypeScript cannot resolve it
  const other = (await import('@/lib/errors?bundle=fast-path')) as typeof import('@/lib/errors');
  const foreign = new other.AppError('rate_limited', { retryAfter: 7 });
  expect(foreign instanceof AppError).toBe(false); // what `instanceof` would have concluded
  expect(isAppError(foreign)).toBe(true);
  const res = errorResponse(foreign);
  expect(res.status).toBe(429);
  expect(res.headers.get('retry-after')).toBe('7');
  expect(isAppError(new Error('x'))).toBe(false);
  expect(isAppError({ code: 'forbidden' })).toBe(false);
});
