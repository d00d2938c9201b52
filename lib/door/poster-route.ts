import type { Context } from 'hono';
import { authorizePoster } from '@/lib/auth/authorized-unit';
import type { DoorCtx } from '@/lib/checkins/visitor';
import { getDb } from '@/lib/db/client';
import { readForm } from '@/lib/http/form-route';
import { cachedPosterToken } from '@/lib/posters/resolve';
import { goneBody, unknownBody } from './pages';
import { langOf, send } from './respond';

/**
 * The door's one way to a poster's unit: the token in the path names a poster in use, which
 * authorises its own unit for the visitor; any other token gets the page that says why (404, 410).
 */
async function posterCtx(c: Context): Promise<DoorCtx | Response> {
  const db = await getDb();
  const poster = await cachedPosterToken(db, c.req.param('token') ?? '');
  const lang = langOf(c);
  if (poster.state === 'unknown') return send(c, 404, lang.t.checkin.unknownTitle, unknownBody(lang));
  if (poster.state !== 'valid') return send(c, 410, lang.t.checkin.invalidTitle, goneBody(lang, poster));
  return { db, actor: { kind: 'poster', posterId: poster.poster.id }, unit: authorizePoster(poster), poster };
}

/** A page of a poster in use (GET /c/:token). */
export function posterPageRoute(handler: (c: Context, ctx: DoorCtx) => Promise<Response>) {
  return async (c: Context) => {
    const ctx = await posterCtx(c);
    return ctx instanceof Response ? ctx : handler(c, ctx);
  };
}

/**
 * A form posted at a poster (masuk, keluar). The form is read and `parse`d before the token is
 * looked up, so a wrong body or a forged receipt is refused as such, whatever the token.
 */
export function posterFormRoute<T>(parse: (c: Context, form: URLSearchParams) => T, handler: (c: Context, ctx: DoorCtx, input: T) => Promise<Response>) {
  return async (c: Context) => {
    const input = parse(c, await readForm(c.req.raw));
    const ctx = await posterCtx(c);
    return ctx instanceof Response ? ctx : handler(c, ctx, input);
  };
}
