import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * The address the server decided a request came from. scripts/server.ts removes any incoming
 * copy and sets it on every request from resolveClientAddress; handlers read only this header,
 * never X-Forwarded-For. (Under `next dev`, which has no such server, it is simply absent.)
 */
export const CLIENT_ADDRESS_HEADER = 'x-pindai-client-address';

let compiled: { raw: string; trust: (addr: string, i: number) => boolean } | null = null;

/** PINDAI_TRUSTED_PROXIES (addresses or CIDRs, comma-separated), compiled once per value. */
function trustedProxies() {
  const raw = process.env.PINDAI_TRUSTED_PROXIES ?? '';
  if (compiled?.raw !== raw) {
    const list = raw.split(',').map((s) => s.trim()).filter(Boolean);
    try {
      compiled = { raw, trust: proxyAddr.compile(list) };
    } catch (cause) {
      throw new Error(`PINDAI_TRUSTED_PROXIES is not a list of addresses or CIDRs: ${raw}`, { cause });
    }
  }
  return compiled.trust;
}

/**
 * The client's address as Express's `trust proxy` decides it: X-Forwarded-For is read from the
 * right, one hop at a time, only while the hop it came from is a trusted proxy. Anyone else's
 * X-Forwarded-For is ignored, so rotating it changes nothing.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | undefined): string {
  if (!socketAddress) return 'unknown';
  const req = { socket: { remoteAddress: socketAddress }, headers: { 'x-forwarded-for': forwardedFor } };
  const address = proxyAddr(req as unknown as Parameters<typeof proxyAddr>[0], trustedProxies());
  // One client, one key: an IPv4 peer on a dual-stack socket appears as ::ffff:a.b.c.d.
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}

/**
 * What the server does to every request before Next or the fast path sees it: whatever the
 * client sent as CLIENT_ADDRESS_HEADER is replaced by the address resolved from the socket.
 */
export function stampClientAddress(req: IncomingMessage): void {
  const forwarded = req.headers['x-forwarded-for']; // node joins repeated headers with ", "
  const address = resolveClientAddress(req.socket.remoteAddress, [forwarded].flat().join(', ') || undefined);
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  // The fast path builds its Request from rawHeaders: a forged copy there must go too.
  const raw = req.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i]!.toLowerCase() === CLIENT_ADDRESS_HEADER) raw.splice(i, 2);
  raw.push(CLIENT_ADDRESS_HEADER, address);
}

/** The address scripts/server.ts resolved for this request. */
export function clientAddress(req: Request): string {
  return req.headers.get(CLIENT_ADDRESS_HEADER) || 'unknown';
}
