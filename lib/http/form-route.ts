import { knownError } from '@/lib/errors';
import { log } from '@/lib/log';
import { assertMediaType, readTextLimited } from './body';
import { assertSameOrigin } from './origin';

const MAX_FORM_BYTES = 4096;
const FORM = 'application/x-www-form-urlencoded';

/** Reads a small urlencoded form from our own pages; anything else is refused with its status. */
export async function readForm(req: Request): Promise<URLSearchParams> {
  assertSameOrigin(req);
  assertMediaType(req, [FORM], 'Kirim formulir dari halaman check-in.');
  return new URLSearchParams(await readTextLimited(req, MAX_FORM_BYTES, [FORM]));
}

/** A plain-text error page for visitors (forms work without JavaScript). */
export function visitorErrorResponse(error: unknown): Response {
  const known = knownError(error);
  if (!known) log.error({ err: error }, 'visitor request failed');
  return new Response(known?.message ?? 'Terjadi kesalahan. Coba lagi.', {
    status: known?.status ?? 500,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      ...(known?.retryAfter ? { 'retry-after': String(known.retryAfter) } : {}),
    },
  });
}

/**
 * Post/redirect/get: a relative Location keeps whatever address the phone used. The path may
 * carry a segment of the request's own (a token as typed): anything a header cannot hold
 * (a NUL, a non-ASCII letter, a lone surrogate) goes out percent-escaped as UTF-8.
 */
export function seeOther(path: string): Response {
  const location = path.replace(/[^\x21-\x7e]/gu, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
  return new Response(null, { status: 303, headers: { location } });
}
