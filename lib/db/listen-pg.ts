import pg from 'pg';

const RETRY_MS = [250, 500, 1000, 2000, 5000];

/**
 * A LISTEN on a dedicated connection (a pooled one would drop it), reconnecting with backoff
 * when the server goes away.
 */
export async function listenPg(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  onReconnect: () => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let failures = 0;

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (n) => n.channel === channel && onPayload(n.payload ?? ''));
    next.on('error', () => {}); // 'end' follows
    next.on('end', () => {
      // Only a connection that was live retries here; a failed connect() retries through its catch.
      if (client !== next) return;
      client = null;
      if (!stopped) retry();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    client = next;
    if (failures > 0) onReconnect();
    failures = 0;
  }

  function retry() {
    const wait = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!;
    setTimeout(() => {
      if (!stopped) connect().catch(retry);
    }, wait).unref();
  }

  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}
