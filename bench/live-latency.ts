import { randomUUID } from 'node:crypto';
import { and, eq, like } from 'drizzle-orm';
import { userCtx } from '@/lib/context';
import { createApiKey } from '@/lib/checkins/api-keys';
import { units } from '@/lib/db/schema';
import type { LiveSnapshot } from '@/lib/stats/dashboard';
import { getUnitByCode } from '@/lib/tenancy/units';
import type { TestDatabase } from '../tests/support/databases';
import { logInOverHttp, startApp } from './app-server';
import { percentile } from './report';
import { benchActor } from './seeded-database';

const PORT = 3201;
const PASSWORD = 'Bench#2021-only';

/** Reads `event: snapshot` messages from an SSE response, calling back with each and its arrival time. */
async function readSnapshots(body: ReadableStream<Uint8Array>, onSnapshot: (s: LiveSnapshot, at: number) => void) {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    const at = performance.now();
    buffer += decoder.decode(chunk, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = message.split('\n').find((l) => l.startsWith('data: '));
      if (message.startsWith('event: snapshot') && data) onSnapshot(JSON.parse(data.slice(6)) as LiveSnapshot, at);
    }
  }
}

/**
 * Commit-to-browser latency: the app acknowledges a check-in only after its batch committed;
 * the regency dashboard's stream then shows a count that includes it. For each check-in, the
 * time from its acknowledgement to the first snapshot whose count covers it.
 */
export async function measureLive(database: TestDatabase, opts: { ratePerSecond: number; seconds: number; regencyCode: string }) {
  const { db } = database;
  const regency = await getUnitByCode(db, opts.regencyCode);
  const { key } = await createApiKey(userCtx(db, await benchActor(db, 'bench@pindai.id', PASSWORD), 'apikeys.manage', regency), { name: 'bench' });
  const villages = await db
    .select({ id: units.id })
    .from(units)
    .where(and(like(units.path, `${regency.path}%`), eq(units.depth, 3)))
    .limit(200);

  const app = await startApp(PORT, { DATABASE_URL: database.url! });
  const abort = new AbortController();
  try {
    const cookie = await logInOverHttp(app.origin, 'bench@pindai.id', PASSWORD);
    const stream = await fetch(`${app.origin}/api/units/${regency.id}/live`, { headers: { cookie }, signal: abort.signal });
    if (!stream.ok || !stream.body) throw new Error(`live stream answered ${stream.status}`);

    const acked: number[] = [];
    const latencies: number[] = [];
    let base: number | null = null;
    let delivered = 0;
    const reading = readSnapshots(stream.body, (snapshot, at) => {
      const count = snapshot.counters.today.checkins;
      base ??= count;
      // Every check-in this snapshot's count covers and not yet counted arrived now (acked[i]:
      // 0 while its answer is on the way, -1 if refused; those are skipped, not measured).
      while (delivered < Math.min(count - base, acked.length) && acked[delivered] !== 0) {
        const ack = acked[delivered++]!;
        if (ack > 0) latencies.push(at - ack);
      }
    }).catch(() => {}); // aborted at the end

    while (base === null) await new Promise((r) => setTimeout(r, 10));
    const total = opts.ratePerSecond * opts.seconds;
    const started = performance.now();
    const sends: Promise<void>[] = [];
    let errors = 0;
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / opts.ratePerSecond;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      acked.push(0);
      const index = i;
      sends.push(
        fetch(`${app.origin}/api/v1/checkins`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ idempotency_key: randomUUID(), identity: `0812${String(10_000_000 + index).slice(-8)}`, unit_id: villages[index % villages.length]!.id }),
        }).then(async (res) => {
          if (res.status === 201) acked[index] = performance.now();
          else {
            acked[index] = -1;
            errors++;
          }
          await res.arrayBuffer();
        }),
      );
    }
    await Promise.all(sends);
    const rate = total / ((performance.now() - started) / 1000);
    // The last snapshots may still be on their way.
    const deadline = performance.now() + 5000;
    while (delivered < acked.length && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    abort.abort();
    await reading;
    return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), rate, errors, measured: latencies.length };
  } finally {
    abort.abort();
    await app.stop();
  }
}
