import { AppError } from '@/lib/errors';

/** Reads a JSON body of at most `maxBytes`, refusing early on a large Content-Length. */
export async function readJsonLimited(req: Request, maxBytes: number): Promise<unknown> {
  if (!req.headers.get('content-type')?.startsWith('application/json')) throw new AppError('unsupported');
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new AppError('too_large', { message: `Data paling besar ${maxBytes} byte.` });
  const reader = req.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError('too_large', { message: `Data paling besar ${maxBytes} byte.` });
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (cause) {
    throw new AppError('invalid', { message: 'JSON tidak dapat dibaca.', cause });
  }
}
