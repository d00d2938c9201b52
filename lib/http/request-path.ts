import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * True when a URL path's percent-escapes do not decode to UTF-8 text: `%zz`, a lone `%`, an
 * overlong or truncated sequence, an escaped surrogate. Such a path names nothing; the server
 * refuses it with 400 before Next or the fast path sees it.
 */
export function malformedPath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/**
 * The server's first look at a request (scripts/server.ts, for Next's routes and the fast path
 * alike): a path that does not decode is answered 400 here, where Next would answer a bare 500.
 * Returns whether it answered.
 */
export function refuseMalformedPath(req: IncomingMessage, res: ServerResponse): boolean {
  if (!malformedPath((req.url ?? '/').split('?')[0]!)) return false;
  res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Alamat tidak valid. Pindai ulang poster atau ketik kodenya.');
  return true;
}
