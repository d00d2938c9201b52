import { AppError } from '@/lib/errors';
import { readTextLimited } from './body';
import { assertSameOrigin } from './origin';

const MAX_FORM_BYTES = 4096;

/** Reads a small urlencoded form from our own pages; anything else is refused with its status. */
export async function readForm(req: Request): Promise<URLSearchParams> {
  assertSameOrigin(req);
  if (!req.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded')) {
    throw new AppError('unsupported', { message: 'Kirim formulir dari halaman check-in.' });
  }
  return new URLSearchParams(await readTextLimited(req, MAX_FORM_BYTES, ['application/x-www-form-urlencoded']));
}

/** A plain-text error page for visitors (forms work without JavaScript). */
export function visitorErrorResponse(error: unknown): Response {
  const known = error instanceof AppError ? error : null;
  if (!known) console.error(error);
  return new Response(known?.message ?? 'Terjadi kesalahan. Coba lagi.', {
    status: known?.status ?? 500,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      ...(known?.retryAfter ? { 'retry-after': String(known.retryAfter) } : {}),
    },
  });
}

/** Post/redirect/get: a relative Location keeps whatever address the phone used. */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { location: path } });
}
