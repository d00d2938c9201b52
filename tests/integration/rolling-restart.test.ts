import { request } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '@/lib/checkins/api-keys';
import { queryRows } from '@/lib/db/client';
import { testNik } from '../support/checkin-checks';
import { createServerDatabase, serverAvailable, type TestDatabase } from '../support/databases';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';
import { type Instance, startInstance, stopInstance } from '../support/instances';

const TA = '32.16.08.1008';

/** One POST on a new connection: the answer, or the socket error's code. */
function post(port: number, body: string): Promise<{ status: number } | { error: string }> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/api/v1/checkins', method: 'POST', agent: false, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end(body);
  });
}
const WORKERS = 8;
let key: string;

// Two instances need a database they can share: the real server.
describe.skipIf(!(await serverAvailable()))('a rolling restart of two instances under load [pg]', () => {
  let database: TestDatabase;
  let slots: Instance[] = [];

  beforeAll(async () => {
    database = await createServerDatabase();
    await seedAreas(database.db);
    const admin = await ctxFor(database.db, await actorWith(database.db, 'admin', TA), TA);
    ({ key } = await createApiKey(admin, { name: 'Kiosk' }));
    slots = await Promise.all([startInstance(database.url!), startInstance(database.url!)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(slots.map(stopInstance));
    await database?.drop();
  });

  it('loses no acknowledged check-in and answers no 5xx', async () => {
    const acknowledged = new Set<string>();
    const serverErrors: string[] = [];
    let refused = 0;
    let cutOff = 0;
    let sent = 0;
    let running = true;

    /**
     * A check-in as a scanner behind a proxy sends it: to the instances in turn, and when one
     * cannot be reached, the same idempotency key to the other (a retry is never a second scan).
     */
    const checkIn = async (n: number) => {
      const body = JSON.stringify({ idempotency_key: `rolling-${n}`, identity: testNik(n) });
      for (let attempt = 0; attempt < 100; attempt++) {
        const { port } = slots[(n + attempt) % 2]!;
        const res = await post(port, body);
        if ('error' in res) {
          if (res.error === 'ECONNREFUSED') refused++;
          else cutOff++; // reset while the listener closed: the proxy's retry covers it
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        if (res.status >= 500) serverErrors.push(`${res.status} from ${port}`);
        if (res.status === 200 || res.status === 201) return void acknowledged.add(`rolling-${n}`);
        if (res.status < 500) throw new Error(`check-in ${n}: ${res.status}`);
      }
      throw new Error(`check-in ${n} was never acknowledged`);
    };
    const load = Promise.all(
      Array.from({ length: WORKERS }, async () => {
        while (running) await checkIn(sent++);
      }),
    );

    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await pause(1000);
    for (const i of [0, 1]) {
      const old = slots[i]!;
      const code = await stopInstance(old);
      expect(code).toBe(0); // it drained and exited of its own accord
      slots[i] = await startInstance(database.url!, old.port);
      await pause(500);
    }
    await pause(500);
    running = false;
    await load;

    expect(serverErrors).toEqual([]);
    expect(acknowledged.size).toBe(sent);
    const stored = await queryRows<{ key: string; n: number }>(
      database.db,
      sql`SELECT k.idempotency_key AS key, count(*)::int AS n FROM checkin_events e JOIN checkin_keys k ON k.event_id = e.id
          WHERE k.idempotency_key LIKE 'rolling-%' GROUP BY 1`,
    );
    expect(stored.filter((r) => r.n !== 1)).toEqual([]);
    expect(new Set(stored.map((r) => r.key))).toEqual(acknowledged);
    console.log(`rolling restart: ${sent} check-ins acknowledged, ${refused} sends found an instance down and ${cutOff} were reset, each retried on the other`);
  }, 120_000);

  it('answers a check-in that was under way when SIGTERM came, then exits', async () => {
    const instance = await startInstance(database.url!);
    const body = JSON.stringify({ idempotency_key: 'under-way', identity: testNik(999_999) });
    const answer = new Promise<{ status: number; connection?: string } | { error: string }>((resolve) => {
      const req = request(
        { host: '127.0.0.1', port: instance.port, path: '/api/v1/checkins', method: 'POST', agent: false, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
        },
      );
      req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      // Half the body now, the rest after the signal: the request is under way throughout.
      req.write(body.slice(0, 20));
      setTimeout(() => req.end(body.slice(20)), 1500);
    });
    await new Promise((r) => setTimeout(r, 300));
    const exited = stopInstance(instance);
    expect(await answer).toEqual({ status: 201, connection: 'close' });
    expect(await exited).toBe(0);
    const [stored] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM checkin_events e JOIN checkin_keys k ON k.event_id = e.id WHERE k.idempotency_key = 'under-way'`);
    expect(stored!.n).toBe(1);
  }, 60_000);
});
