import type { DisplayAuthority } from '@/lib/auth/authorized-unit';
import type { Ctx } from '@/lib/context';
import { getDb } from '@/lib/db/client';
import { errorResponse, isAppError } from '@/lib/errors';
import { authenticateDisplay } from '@/lib/queue/displays';

type Params = { displayToken: string };
type DisplayRouteCtx = Ctx<DisplayAuthority> & { token: string };

/**
 * A queue display's one way in (a television at the counter, no login): the token in the path
 * names a display in use, which authorises its own unit, read-only, before the handler's first
 * query. A malformed, unknown or revoked token is not found; errors become JSON, or what
 * `answer` makes of them (the display's own page).
 */
export function displayRoute(
  handler: (req: Request, ctx: DisplayRouteCtx) => Promise<Response>,
  answer: (error: unknown, req: Request) => Promise<Response> | Response = errorResponse,
) {
  return async (req: Request, { params }: { params: Promise<Params> }): Promise<Response> => {
    try {
      const { displayToken } = await params;
      const db = await getDb();
      return await handler(req, {
        ...(await authenticateDisplay(db, displayToken)),
        token: displayToken,
      });
    } catch (error) {
      return answer(error, req);
    }
  };
}

/** Whether the display's token is still in use: an open stream asks while it runs. */
export async function displayStillValid({ db, token }: DisplayRouteCtx): Promise<boolean> {
  try {
    await authenticateDisplay(db, token);
    return true;
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') return false;
    throw error;
  }
}
