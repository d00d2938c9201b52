import { parse } from 'content-type';
import { AppError } from '@/lib/errors';

/**
 * Refuses (415) a body that is not one of `types`, compared by media type as RFC 9110 defines
 * it: `application/jsonp` is not JSON, `Application/JSON; charset=utf-8` is. We read UTF-8 only.
 */
export function assertMediaType(req: Request, types: string[], message?: string): void {
  const { type, parameters } = parse(req.headers.get('content-type') ?? '');
  const charset = parameters.charset?.toLowerCase();
  if (!types.includes(type) || (charset !== undefined && charset !== 'utf-8')) {
    throw new AppError('unsupported', message ? { message } : {});
  }
}

/** The body as text, of one of `types` and at most `maxBytes`, refusing early on a large Content-Length. */
export async function readTextLimited(req: Request, maxBytes: number, types: string[]): Promise<string> {
  assertMediaType(req, types);
  const tooLarge = () => new AppError('too_large', { message: `Data paling besar ${maxBytes.toLocaleString('id-ID')} byte.` });
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  const reader = req.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJsonLimited(req: Request, maxBytes: number): Promise<unknown> {
  return parseJson(await readTextLimited(req, maxBytes, ['application/json']));
}

/**
 * JSON as every handler may take it: its strings are text Postgres can store. A NUL fails the
 * whole statement, and a lone surrogate (`"\ud800"`, legal JSON) cannot be written as jsonb
 * (the audit log) nor as UTF-8; both are refused here, once, for every route.
 */
export function parseJson(text: string): unknown {
  let bad = false;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      for (const s of typeof v === 'string' ? [key, v] : [key]) if (s.includes('\u0000') || !s.isWellFormed()) bad = true;
      return v;
    });
  } catch (cause) {
    throw new AppError('invalid', { message: 'JSON tidak dapat dibaca.', cause });
  }
  if (bad) throw new AppError('invalid', { message: 'Teks berisi karakter yang tidak valid.' });
  return value;
}
