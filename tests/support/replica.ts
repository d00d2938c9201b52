import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/**
 * The streaming replica of the test server (.ci/replica starts one): TEST_DATABASE_READ_URL or
 * 127.0.0.1:5433. It holds every database the tests create on the primary, a moment later.
 */
export const replicaServerUrl = process.env.TEST_DATABASE_READ_URL || 'postgres://postgres@127.0.0.1:5433/postgres';

async function once<T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A server answers there, and it is a standby in recovery, not a second primary. */
export async function replicaAvailable(): Promise<boolean> {
  try {
    return await once(replicaServerUrl, async (c) => (await c.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r')).rows[0]!.r);
  } catch {
    return false;
  }
}

/** The URL of database `name` on the replica. */
export function onReplica(name: string): string {
  const url = new URL(replicaServerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Resolves once the replica has replayed all that the primary (at `primaryUrl`) had written
 * when called: its `pg_last_wal_replay_lsn()` has reached the primary's `pg_current_wal_lsn()`.
 */
export async function waitForReplay(primaryUrl: string, timeoutMs = 20_000): Promise<void> {
  const lsn = await once(primaryUrl, async (c) => (await c.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0]!.lsn);
  await once(replicaServerUrl, async (c) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await c.query<{ done: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn]);
      if (rows[0]!.done) return;
      if (Date.now() > deadline) throw new Error(`the replica has not replayed the primary's WAL up to ${lsn} in ${timeoutMs} ms`);
      await sleep(10);
    }
  });
}
