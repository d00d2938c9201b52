import { type ApiResult, apiCheckIn } from '@/lib/checkins/api';
import { type ApiItemAnswer, MAX_BATCH } from '@/lib/checkins/api-schema';
import { AppError } from '@/lib/errors';
import { readJsonLimited } from '@/lib/http/body';
import { scannerRoute } from '@/lib/http/scanner-route';

const MAX_BYTES = 512 * 1024;

function item(result: ApiResult): ApiItemAnswer {
  return result.ok
    ? { ok: true, created: result.created, id: result.id, status: result.status, admitted: result.admitted, reason: result.reason, queue_number: result.queue_number }
    : { ok: false, error: { code: result.error.code, status: result.error.status, message: result.error.message, fields: result.error.fields } };
}

/**
 * Scanner apps and kiosks. A single check-in is an object; a kiosk that was offline sends
 * `{ "checkins": [...] }` (up to 1,000), each answered on its own in the same order.
 */
export const POST = scannerRoute(async (req, ctx) => {
  const body = await readJsonLimited(req, MAX_BYTES);
  if (body && typeof body === 'object' && 'checkins' in body) {
    const list = (body as { checkins: unknown }).checkins;
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_BATCH) {
      throw new AppError('invalid', { message: `checkins harus berisi 1 sampai ${MAX_BATCH} check-in.` });
    }
    const results = await Promise.all(list.map((c) => apiCheckIn(ctx, c)));
    return Response.json({ results: results.map(item) });
  }
  const result = await apiCheckIn(ctx, body);
  if (!result.ok) throw result.error;
  return Response.json(item(result), { status: result.created ? 201 : 200 });
});
