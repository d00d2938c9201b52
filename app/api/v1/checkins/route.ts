import { authenticateApiKey } from '@/lib/checkins/api-keys';
import { type ApiResult, apiCheckIn } from '@/lib/checkins/api';
import { type ApiItemAnswer, MAX_BATCH } from '@/lib/checkins/api-schema';
import { getDb } from '@/lib/db/client';
import { AppError, errorResponse, isAppError } from '@/lib/errors';
import { readJsonLimited } from '@/lib/http/body';
import { clientAddress } from '@/lib/http/client-address';
import { SharedLimit } from '@/lib/http/rate-limit';

const MAX_BYTES = 512 * 1024;
// Guessing keys: refused keys per address. Only a refusal counts: a database that cannot
// answer is an outage (503), not an attempt.
const refusedKeys = new SharedLimit({ name: 'api-refused-key', points: 30, seconds: 60 });

function item(result: ApiResult): ApiItemAnswer {
  return result.ok
    ? { ok: true, created: result.created, id: result.id, status: result.status, admitted: result.admitted, reason: result.reason }
    : { ok: false, error: { code: result.error.code, status: result.error.status, message: result.error.message, fields: result.error.fields } };
}

/**
 * Scanner apps and kiosks. A single check-in is an object; a kiosk that was offline sends
 * `{ "checkins": [...] }` (up to 1,000), each answered on its own in the same order.
 */
export async function POST(req: Request) {
  try {
    const db = await getDb();
    let key;
    try {
      key = await authenticateApiKey(db, req.headers.get('authorization'));
    } catch (error) {
      if (isAppError(error) && error.code === 'unauthorized') await refusedKeys.consume(clientAddress(req));
      throw error;
    }
    const body = await readJsonLimited(req, MAX_BYTES);
    if (body && typeof body === 'object' && 'checkins' in body) {
      const list = (body as { checkins: unknown }).checkins;
      if (!Array.isArray(list) || list.length === 0 || list.length > MAX_BATCH) {
        throw new AppError('invalid', { message: `checkins harus berisi 1 sampai ${MAX_BATCH} check-in.` });
      }
      const results = await Promise.all(list.map((c) => apiCheckIn(db, key, c)));
      return Response.json({ results: results.map(item) });
    }
    const result = await apiCheckIn(db, key, body);
    if (!result.ok) throw result.error;
    return Response.json(item(result), { status: result.created ? 201 : 200 });
  } catch (error) {
    return errorResponse(error);
  }
}
