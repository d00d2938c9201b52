import { getActor } from '@/lib/auth/session';
import type { Action } from '@/lib/auth/permissions';
import { type Ctx, userCtx } from '@/lib/context';
import { type Db, getDb, getReadDb } from '@/lib/db/client';
import { AppError, errorResponse } from '@/lib/errors';
import { getUnit } from '@/lib/tenancy/units';
import { parseId } from '@/lib/validation';
import { assertMediaType, parseJson } from './body';
import { assertSameOrigin } from './origin';
import { SAFE_METHODS } from './user-route';

type Params = { unitId: string } & Record<string, string>;
// readDb: for figures that may lag a moment (a replica when configured).
type Handler<P> = (req: Request, ctx: Ctx & { readDb: Db; params: P }) => Promise<Response>;

/**
 * The one way into a unit's route handlers: origin (for changes) → session → unit → permission,
 * all before the handler's first query; the handler gets the unit authorised. Errors become
 * JSON with the right status. userRoute is the same without a unit.
 */
export function unitRoute<P extends Params>(action: Action, handler: Handler<P>) {
  return async (req: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    try {
      if (!SAFE_METHODS.includes(req.method)) assertSameOrigin(req);
      const p = await params;
      const unitId = parseId(p.unitId);
      const actor = await getActor();
      if (!actor) throw new AppError('unauthorized');
      const db = await getDb();
      const unit = await getUnit(db, unitId);
      return await handler(req, { ...userCtx(db, actor, action, unit), readDb: await getReadDb(), params: p });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Reads a JSON body, answering 415 for another content type and 422 for broken JSON. */
export async function readJson(req: Request): Promise<unknown> {
  assertMediaType(req, ['application/json']);
  return parseJson(await req.text());
}
