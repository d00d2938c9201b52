import { getActor } from '@/lib/auth/session';
import { type Action, can } from '@/lib/auth/permissions';
import { type Db, getDb, getReadDb } from '@/lib/db/client';
import { AppError, errorResponse } from '@/lib/errors';
import type { Ctx } from '@/lib/context';
import { getUnit } from '@/lib/tenancy/units';
import { parseId } from '@/lib/validation';
import { assertMediaType, parseJson } from './body';
import { assertSameOrigin } from './origin';

type Params = { unitId: string } & Record<string, string>;
// readDb: for figures that may lag a moment (a replica when configured).
type Handler<P> = (req: Request, ctx: Ctx & { readDb: Db; params: P }) => Promise<Response>;

/**
 * The one way into a unit's route handlers: origin (for changes) → session → unit → permission,
 * all before the handler's first query. Errors become JSON with the right status.
 */
export function unitRoute<P extends Params>(action: Action, handler: Handler<P>) {
  return async (req: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    try {
      if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method)) assertSameOrigin(req);
      const p = await params;
      const unitId = parseId(p.unitId);
      const actor = await getActor();
      if (!actor) throw new AppError('unauthorized');
      const db = await getDb();
      const unit = await getUnit(db, unitId);
      if (!can(actor, action, unit)) throw new AppError('forbidden');
      return await handler(req, { db, readDb: await getReadDb(), actor, unit, params: p });
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
