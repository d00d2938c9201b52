import { Agent, request } from 'node:http';
import type { Answer } from './load';

type Reply = { status: number; location?: string; body?: string };

/** A phone's address for flow `n`: one per simulated visitor, so no address limit is shared. */
export function phoneAddress(n: number): string {
  return `10.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/**
 * The visitor's flow at the door, as a phone does it without JavaScript: GET the poster's form,
 * POST the NIK (form-urlencoded, from the app's own origin), GET the result it redirects to.
 * Sent to 127.0.0.1 (the address the app trusts X-Forwarded-For from) with the app's Host.
 */
export function doorFlow(opts: { origin: string; connections: number; tokens: string[]; nik: (n: number) => string }) {
  const agent = new Agent({ keepAlive: true, maxSockets: opts.connections });
  const { host, port } = new URL(opts.origin);
  const send = (method: 'GET' | 'POST', path: string, headers: Record<string, string>, payload?: string, keepBody = false) =>
    new Promise<Reply>((resolve) => {
      const req = request(
        {
          agent,
          host: '127.0.0.1',
          port,
          path,
          method,
          headers: { host, ...headers, ...(payload === undefined ? {} : { 'content-length': Buffer.byteLength(payload) }) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          if (keepBody) res.on('data', (c: Buffer) => chunks.push(c));
          else res.resume();
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: keepBody ? Buffer.concat(chunks).toString('utf8') : undefined }),
          );
        },
      );
      req.on('error', () => resolve({ status: 0 }));
      req.end(payload);
    });

  /** One flow; `keepBodies` keeps the last answer's body to show what went wrong. */
  async function run(n: number, keepBodies = false): Promise<Answer & { body?: string }> {
    const token = opts.tokens[n % opts.tokens.length]!;
    const phone = { 'x-forwarded-for': phoneAddress(n), 'user-agent': 'pindai-bench-door' };
    const form = await send('GET', `/c/${token}`, phone, undefined, keepBodies);
    if (form.status !== 200) return { ok: false, status: `form ${form.status}`, body: form.body };
    const body = new URLSearchParams({ identitas: opts.nik(n) }).toString();
    const headers = { ...phone, origin: opts.origin, 'content-type': 'application/x-www-form-urlencoded' };
    const masuk = await send('POST', `/c/${token}/masuk`, headers, body, keepBodies);
    if (masuk.status !== 303 || !masuk.location) return { ok: false, status: `masuk ${masuk.status}`, body: masuk.body };
    const result = new URL(masuk.location, opts.origin);
    if (!result.pathname.startsWith(`/c/${token}/hasil/`)) return { ok: false, status: `masuk 303 to ${result.pathname.split('/').slice(0, 4).join('/')}` };
    const hasil = await send('GET', result.pathname + result.search, phone, undefined, keepBodies);
    if (hasil.status !== 200) return { ok: false, status: `hasil ${hasil.status}`, body: hasil.body };
    return { ok: true, status: 'ok', body: hasil.body };
  }

  return { run, close: () => agent.destroy() };
}
