import { type Context, Hono } from 'hono';
import { POST as postCheckins } from '@/app/api/v1/checkins/route';
import { admitsOf } from '@/lib/checkins/checkin';
import { maskIdentity } from '@/lib/checkins/identity';
import { getReceiptEvent, receiptSignature, verifyReceipt } from '@/lib/checkins/receipt';
import { type DoorCtx, pointOf, receiptWithCheckout, visitorCheckIn, visitorCheckOut } from '@/lib/checkins/visitor';
import { assertShortCodeAllowed, limitShortCodeMiss, limitVisitor } from '@/lib/checkins/visitor-limits';
import { getDb } from '@/lib/db/client';
import { AppError, isAppError } from '@/lib/errors';
import { clientAddress } from '@/lib/http/client-address';
import { log } from '@/lib/log';
import { cachedPosterToken, tokenForShortCode } from '@/lib/posters/resolve';
import { normaliseShortCode } from '@/lib/posters/tokens';
import { parseId } from '@/lib/validation';
import { codeForm, type FormState, messageBody, pausedBody, posterForm, resultBody, unknownBody } from './pages';
import { posterFormRoute, posterPageRoute } from './poster-route';
import { langOf, seeOther, send } from './respond';
import { addSurveyRoutes } from './skm-routes';
import { queueBox, queueRefresh } from './queue-pages';
import { addQueueRoutes } from './queue-routes';
import { visitorTicket } from '@/lib/queue/visitor';
import { surveyOffer } from './skm-pages';
import { checkinOfCheckout } from '@/lib/skm/answer';
import { html } from 'hono/html';

/**
 * The visitor's door: small server-rendered pages that need no JavaScript, answered on the fast
 * path beside the scanner API (scripts/server.ts), at the URLs printed on the posters. Every
 * route at a poster goes through its wrapper (poster-route.ts), which authorises the poster's unit.
 */
export const door = new Hono();

async function formPage(c: Context, ctx: DoorCtx, status: number, state: FormState = {}) {
  const lang = langOf(c);
  const now = new Date();
  const admits = await admitsOf(ctx.db, pointOf(ctx), now);
  return send(c, status, 'Check-in', posterForm(lang, ctx.poster, c.req.param('token')!, admits, now, state));
}

door.use(async (c, next) => {
  await next();
  // Answered before the body was read (413): this connection cannot carry another request.
  if (c.res.status === 413) c.res.headers.set('connection', 'close');
});

door.get('/c', async (c) => {
  const ctx = langOf(c);
  const typed = (c.req.query('kode') ?? '').slice(0, 40);
  if (c.req.query('kode') === undefined) return send(c, 200, 'Check-in', codeForm(ctx));
  const code = normaliseShortCode(typed);
  if (!code) return send(c, 422, 'Check-in', codeForm(ctx, typed, ctx.t.door.badCodeShape));
  const address = clientAddress(c.req.raw);
  await assertShortCodeAllowed(address);
  const token = await tokenForShortCode(await getDb(), code);
  if (token) return seeOther(c, `/c/${token}`);
  await limitShortCodeMiss(address);
  return send(c, 404, 'Check-in', codeForm(ctx, typed, ctx.t.checkin.badCode));
});

door.get(
  '/c/:token',
  posterPageRoute(async (c, ctx) => {
    if (ctx.poster.service?.pausedAt) return send(c, 200, 'Check-in', pausedBody(langOf(c), ctx.poster));
    return formPage(c, ctx, 200);
  }),
);

door.post(
  '/c/:token/masuk',
  posterFormRoute(
    (_, form) => (form.get('identitas') ?? '').slice(0, 40),
    async (c, ctx, typed) => {
      const token = c.req.param('token')!;
      const limit = (identityKey: string | null) => limitVisitor({ address: clientAddress(c.req.raw), poster: token, identityKey });
      const result = await visitorCheckIn(ctx, typed, limit);
      const { t } = langOf(c);
      if (!result.ok) {
        if (result.error === 'busy') throw new AppError('unavailable', { message: t.checkin.errors.busy });
        return formPage(c, ctx, 422, { value: typed, error: t.checkin.errors[result.error] });
      }
      const { outcome } = result;
      // Said on the spot, with the number kept for a retry: never in a URL.
      if (outcome.reason === 'not_recorded') return formPage(c, ctx, 200, { value: typed, notRecorded: maskIdentity(result.identity) });
      return seeOther(c, `/c/${token}/hasil/${outcome.id}?s=${receiptSignature(outcome.id)}`);
    },
  ),
);

/** The receipt a check-out form carries, checked before anything is looked up. */
function receiptOf(c: Context, form: URLSearchParams): number {
  const eventId = parseId(form.get('event') ?? undefined);
  if (!verifyReceipt(eventId, form.get('s') ?? '')) throw new AppError('not_found', { message: langOf(c).t.checkin.receiptInvalid });
  return eventId;
}

door.post(
  '/c/:token/keluar',
  posterFormRoute(receiptOf, async (c, ctx, eventId) => {
    const token = c.req.param('token')!;
    const checkin = await getReceiptEvent(ctx.db, eventId);
    if (!checkin) throw new AppError('not_found', { message: langOf(c).t.checkin.receiptInvalid });
    await limitVisitor({ address: clientAddress(c.req.raw), poster: token });
    try {
      const out = await visitorCheckOut(ctx, checkin);
      return seeOther(c, `/c/${token}/hasil/${out.id}?s=${receiptSignature(out.id)}`);
    } catch (error) {
      if (isAppError(error) && error.code === 'unavailable') throw new AppError('unavailable', { message: langOf(c).t.checkin.errors.busy });
      throw error;
    }
  }),
);

door.get('/c/:token/hasil/:eventId', async (c) => {
  const ctx = langOf(c);
  const token = c.req.param('token');
  const signature = c.req.query('s') ?? '';
  const invalid = () => send(c, 404, 'Check-in', messageBody(ctx.t.door.errorTitle, ctx.t.checkin.receiptInvalid));
  const eventId = parseId(c.req.param('eventId'));
  if (!verifyReceipt(eventId, signature)) return invalid();
  const db = await getDb();
  const [receipt, poster] = await Promise.all([receiptWithCheckout(db, eventId), cachedPosterToken(db, token)]);
  if (!receipt || poster.state === 'unknown' || receipt.event.posterId !== poster.poster.id) return invalid();
  const { event } = receipt;
  // The queue number of a visit under way at a service that issues them.
  const queueing = event.kind === 'in' && event.admitted && !receipt.checkedOutAt && poster.state === 'valid' && !!poster.service?.queueLetter;
  const ticket = queueing ? await visitorTicket(db, event.id) : null;
  const queue = ticket ? queueBox(ctx, ticket, `/c/${token}/antrean/${event.id}?s=${signature}`) : '';
  const body = resultBody(ctx, { ...receipt, poster, token, signature }, new Date(), queue);
  // The survey of this visit: offered from the check-in's page and from its check-out's.
  const surveyId = event.kind === 'in' ? (event.admitted ? event.id : null) : await checkinOfCheckout(db, event);
  const offer = surveyId && poster.state === 'valid' ? surveyOffer(ctx, token, surveyId, receiptSignature(surveyId)) : '';
  return send(c, 200, ctx.t.checkin.success, html`${body}${offer}`, ticket ? queueRefresh(ticket) : '');
});

addSurveyRoutes(door);
addQueueRoutes(door);

door.post('/api/v1/checkins', (c) => postCheckins(c.req.raw));

door.notFound((c) => {
  const ctx = langOf(c);
  return send(c, 404, ctx.t.checkin.unknownTitle, unknownBody(ctx));
});

door.onError((error, c) => {
  const { t } = langOf(c);
  if (!isAppError(error)) {
    log.error({ err: error }, 'door: unexpected error');
    return send(c, 500, t.door.errorTitle, messageBody(t.door.errorTitle, t.door.errorBody));
  }
  if (error.retryAfter) c.header('retry-after', String(error.retryAfter));
  const title = error.code === 'rate_limited' ? t.door.rateLimitedTitle : error.code === 'unavailable' ? t.door.busyTitle : t.door.errorTitle;
  const token = c.req.param('token');
  return send(c, error.status, title, messageBody(title, error.message, token ? { href: `/c/${token}`, label: t.door.back } : undefined));
});
