import { setPasswordWithLink } from '@/lib/accounts/passwords';
import { getDb } from '@/lib/db/client';
import { errorResponse } from '@/lib/errors';
import { assertSameOrigin } from '@/lib/http/origin';
import { readJson } from '@/lib/http/unit-route';

/** Sets a password through a one-time link (an invitation or an admin's reset); no session needed. */
export async function POST(req: Request): Promise<Response> {
  try {
    assertSameOrigin(req);
    return Response.json(await setPasswordWithLink(await getDb(), await readJson(req)));
  } catch (error) {
    return errorResponse(error);
  }
}
