import { authenticateApiKey } from '@/lib/checkins/api-keys';
import type { ScannerCtx } from '@/lib/checkins/api';
import { getDb } from '@/lib/db/client';
import { errorResponse, isAppError } from '@/lib/errors';
import { clientAddress } from './client-address';
import { SharedLimit } from './rate-limit';

// Guessing keys: refused keys per address. Only a refusal counts: a database that cannot
// answer is an outage (503), not an attempt.
const refusedKeys = new SharedLimit({ name: 'api-refused-key', points: 30, seconds: 60 });

/**
 * The scanner API's one way in: the bearer key names its unit, which the key authorises with
 * everything below it; before the handler reads the body. Errors become JSON with their status.
 */
export function scannerRoute(handler: (req: Request, ctx: ScannerCtx) => Promise<Response>) {
  return async (req: Request): Promise<Response> => {
    try {
      const db = await getDb();
      let ctx: ScannerCtx;
      try {
        ctx = await authenticateApiKey(db, req.headers.get('authorization'));
      } catch (error) {
        if (isAppError(error) && error.code === 'unauthorized') await refusedKeys.consume(clientAddress(req));
        throw error;
      }
      return await handler(req, ctx);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
