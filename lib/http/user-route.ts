import { getActor } from '@/lib/auth/session';
import type { UserCtx } from '@/lib/context';
import { getDb } from '@/lib/db/client';
import { AppError, errorResponse } from '@/lib/errors';
import { assertSameOrigin } from './origin';

/** Methods that change nothing, so need no Origin check. */
export const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * The one way into a signed-in user's route handlers: origin (for changes) → session, before
 * the handler's first query. Errors become JSON with the right status. unitRoute adds the unit.
 */
export function userRoute(handler: (req: Request, ctx: UserCtx) => Promise<Response>) {
  return async (req: Request): Promise<Response> => {
    try {
      if (!SAFE_METHODS.includes(req.method)) assertSameOrigin(req);
      const actor = await getActor();
      if (!actor) throw new AppError('unauthorized');
      return await handler(req, { db: await getDb(), actor });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
