import { changeOwnPassword } from '@/lib/accounts/passwords';
import { getActor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { AppError, errorResponse } from '@/lib/errors';
import { assertSameOrigin } from '@/lib/http/origin';
import { readJson } from '@/lib/http/unit-route';

/** The signed-in user changes their own password (the current one is required). */
export async function POST(req: Request): Promise<Response> {
  try {
    assertSameOrigin(req);
    const actor = await getActor();
    if (!actor) throw new AppError('unauthorized');
    await changeOwnPassword(await getDb(), actor, await readJson(req));
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
