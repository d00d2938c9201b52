import { type Context, Hono } from 'hono';
import { html } from 'hono/html';
import { POST as postCheckins } from '@/app/api/v1/checkins/route';
import { admitsOf } from '@/lib/checkins/checkin';
import { maskIdentity } from '@/lib/checkins/identity';
import { getReceiptEvent, receiptSignature, verifyReceipt } from '@/lib/checkins/receipt';
import { type DoorPoster, receiptWithCheckout, visitorCheckIn, visitorCheckOut } from '@/lib/checkins/visitor';
import { assertShortCodeAllowed, limitShortCodeMiss, limitVisitor } from '@/lib/checkins/visitor-limits';
import { LOCALE_COOKIE } from '@/lib/cookie-names';
import { getDb } from '@/lib/db/client';
import { AppError, isAppError } from '@/lib/errors';
import { readForm } from '@/lib/http/form-route';
import { clientAddress } from '@/lib/http/client-address';
import { en } from '@/lib/i18n/en';
import { id } from '@/lib/i18n/id';
import { log } from '@/lib/log';
import { cachedPosterToken, tokenForShortCode } from '@/lib/posters/resolve';
import { normaliseShortCode } from '@/lib/posters/tokens';
import { parseId } from '@/lib/validation';
import { checkinOfCheckout, isAnswered, parseAnswer, type SkmAnswer, submitAnswer, surveyable } from '@/lib/skm/answer';
import { unitTitle } from '@/lib/tenancy/labels';
import { DOOR_CSP, type Html, page } from './layout';
import { codeForm, type FormState, goneBody, messageBody, pausedBody, posterForm, resultBody, unknownBody } from './pages';
import { surveyForm, surveyOffer, type SurveyTarget } from './skm-pages';

/**
 * The visitor's door: small server-rendered pages that need no JavaScript, answered on the fast
 * path beside the scanner API (scripts/server.ts), at the URLs printed on the posters.
 */
export const door = new Hono();

const ENGLISH = new RegExp(`(?:^|; )${LOCALE_COOKIE}=en(?:;|$)`);
const ctxOf = (c: Context) =>
  ENGLISH.test(c.req.header('cookie') ?? '') ? ({ lang: 'en', t: en } as const) : ({ lang: 'id', t: id } as const);

function send(c: Context, status: number, title: string, body: Html) {
  c.header('cache-control', 'no-store');
  c.header('content-security-policy', DOOR_CSP);
  // Not no-referrer: with it a browser sends `Origin: null` on our own form posts.
  c.header('referrer-policy', 'same-origin');
  c.header('x-content-type-options', 'nosniff');
  return c.html(page(ctxOf(c).lang, title, body), status as 200);
}

const seeOther = (c: Context, path: string) => {
  c.header('cache-control', 'no-store');
  return c.redirect(path, 303);
};

/** The poster behind a token, or the page that says why there is none (404, 410). */
async function posterOr(c: Context, token: string): Promise<DoorPoster | Response> {
  const poster = await cachedPosterToken(await getDb(), token);
  const ctx = ctxOf(c);
  if (poster.state === 'unknown') return send(c, 404, ctx.t.checkin.unknownTitle, unknownBody(ctx));
  if (poster.state !== 'valid') return send(c, 410, ctx.t.checkin.invalidTitle, goneBody(ctx, poster));
  return poster;
}

async function formPage(c: Context, poster: DoorPoster, status: number, state: FormState = {}) {
  const ctx = ctxOf(c);
  const now = new Date();
  const point = { unit: poster.unit, service: poster.service, posterId: poster.poster.id };
  const admits = await admitsOf(await getDb(), point, now);
  return send(c, status, 'Check-in', posterForm(ctx, poster, c.req.param('token')!, admits, now, state));
}

door.use(async (c, next) => {
  await next();
  // Answered before the body was read (413): this connection cannot carry another request.
  if (c.res.status === 413) c.res.headers.set('connection', 'close');
});

door.get('/c', async (c) => {
  const ctx = ctxOf(c);
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

door.get('/c/:token', async (c) => {
  const poster = await posterOr(c, c.req.param('token'));
  if (poster instanceof Response) return poster;
  if (poster.service?.pausedAt) return send(c, 200, 'Check-in', pausedBody(ctxOf(c), poster));
  return formPage(c, poster, 200);
});

door.post('/c/:token/masuk', async (c) => {
  const token = c.req.param('token');
  const form = await readForm(c.req.raw);
  const poster = await posterOr(c, token);
  if (poster instanceof Response) return poster;
  const typed = (form.get('identitas') ?? '').slice(0, 40);
  const limit = (identityKey: string | null) => limitVisitor({ address: clientAddress(c.req.raw), poster: token, identityKey });
  const result = await visitorCheckIn(await getDb(), poster, typed, limit);
  const { t } = ctxOf(c);
  if (!result.ok) {
    if (result.error === 'busy') throw new AppError('unavailable', { message: t.checkin.errors.busy });
    return formPage(c, poster, 422, { value: typed, error: t.checkin.errors[result.error] });
  }
  const { outcome } = result;
  // Said on the spot, with the number kept for a retry: never in a URL.
  if (outcome.reason === 'not_recorded') return formPage(c, poster, 200, { value: typed, notRecorded: maskIdentity(result.identity) });
  return seeOther(c, `/c/${token}/hasil/${outcome.id}?s=${receiptSignature(outcome.id)}`);
});

door.post('/c/:token/keluar', async (c) => {
  const token = c.req.param('token');
  const form = await readForm(c.req.raw);
  const eventId = parseId(form.get('event') ?? undefined);
  if (!verifyReceipt(eventId, form.get('s') ?? '')) throw new AppError('not_found', { message: ctxOf(c).t.checkin.receiptInvalid });
  const poster = await posterOr(c, token);
  if (poster instanceof Response) return poster;
  const db = await getDb();
  const checkin = await getReceiptEvent(db, eventId);
  if (!checkin) throw new AppError('not_found', { message: ctxOf(c).t.checkin.receiptInvalid });
  await limitVisitor({ address: clientAddress(c.req.raw), poster: token });
  try {
    const out = await visitorCheckOut(db, poster, checkin);
    return seeOther(c, `/c/${token}/hasil/${out.id}?s=${receiptSignature(out.id)}`);
  } catch (error) {
    if (isAppError(error) && error.code === 'unavailable') throw new AppError('unavailable', { message: ctxOf(c).t.checkin.errors.busy });
    throw error;
  }
});

door.get('/c/:token/hasil/:eventId', async (c) => {
  const ctx = ctxOf(c);
  const token = c.req.param('token');
  const signature = c.req.query('s') ?? '';
  const invalid = () => send(c, 404, 'Check-in', messageBody(ctx.t.door.errorTitle, ctx.t.checkin.receiptInvalid));
  const eventId = parseId(c.req.param('eventId'));
  if (!verifyReceipt(eventId, signature)) return invalid();
  const db = await getDb();
  const [receipt, poster] = await Promise.all([receiptWithCheckout(db, eventId), cachedPosterToken(db, token)]);
  if (!receipt || poster.state === 'unknown' || receipt.event.posterId !== poster.poster.id) return invalid();
  const body = resultBody(ctx, { ...receipt, poster, token, signature }, new Date());
  const { event } = receipt;
  // The survey of this visit: offered from the check-in's page and from its check-out's.
  const surveyId = event.kind === 'in' ? (event.admitted ? event.id : null) : await checkinOfCheckout(db, event);
  const offer = surveyId && poster.state === 'valid' ? surveyOffer(ctx, token, surveyId, receiptSignature(surveyId)) : '';
  return send(c, 200, ctx.t.checkin.success, html`${body}${offer}`);
});

const surveyTarget = (c: Context, poster: DoorPoster, eventId: number): SurveyTarget => ({
  token: c.req.param('token')!,
  eventId,
  signature: receiptSignature(eventId),
  unitTitle: unitTitle(poster.unit, ctxOf(c).t),
  service: poster.service?.name ?? ctxOf(c).t.posters.entrance,
});

door.get('/c/:token/skm/terima-kasih', (c) => {
  const { t } = ctxOf(c);
  return send(c, 200, t.skm.door.thanksTitle, messageBody(t.skm.door.thanksTitle, t.skm.door.thanksBody));
});

door.get('/c/:token/skm/:eventId', async (c) => {
  const ctx = ctxOf(c);
  const invalid = () => send(c, 404, ctx.t.skm.door.title, messageBody(ctx.t.door.errorTitle, ctx.t.checkin.receiptInvalid));
  const eventId = parseId(c.req.param('eventId'));
  if (!verifyReceipt(eventId, c.req.query('s') ?? '')) return invalid();
  const poster = await posterOr(c, c.req.param('token'));
  if (poster instanceof Response) return poster;
  const db = await getDb();
  const event = await getReceiptEvent(db, eventId);
  if (!event || !surveyable(event, poster.poster.id)) return invalid();
  if (await isAnswered(db, eventId)) return send(c, 200, ctx.t.skm.door.title, messageBody(ctx.t.skm.door.answeredTitle, ctx.t.skm.door.answeredBody));
  return send(c, 200, ctx.t.skm.door.title, surveyForm(ctx, surveyTarget(c, poster, eventId)));
});

/**
 * The survey's answer, tied to its check-in only by the receipt: 403 without a valid receipt,
 * 422 for another poster's check-in or a missing answer, 409 for a second answer.
 */
door.post('/c/:token/skm', async (c) => {
  const token = c.req.param('token');
  const form = await readForm(c.req.raw);
  const ctx = ctxOf(c);
  const eventId = /^[1-9]\d{0,15}$/.test(form.get('event') ?? '') ? Number(form.get('event')) : 0;
  if (!eventId || !verifyReceipt(eventId, form.get('s') ?? '')) throw new AppError('forbidden', { message: ctx.t.checkin.receiptInvalid });
  const poster = await posterOr(c, token);
  if (poster instanceof Response) return poster;
  const db = await getDb();
  const event = await getReceiptEvent(db, eventId);
  if (!event || !surveyable(event, poster.poster.id)) throw new AppError('invalid', { message: ctx.t.skm.door.notHere });
  let answer: SkmAnswer;
  try {
    answer = parseAnswer(form);
  } catch (error) {
    if (!isAppError(error) || error.code !== 'invalid') throw error;
    return send(c, 422, ctx.t.skm.door.title, surveyForm(ctx, surveyTarget(c, poster, eventId), form, ctx.t.skm.door.missing));
  }
  await limitVisitor({ address: clientAddress(c.req.raw), poster: token });
  try {
    await submitAnswer(db, event, poster.poster.id, answer);
  } catch (error) {
    if (isAppError(error) && error.code === 'conflict') return send(c, 409, ctx.t.skm.door.title, messageBody(ctx.t.skm.door.answeredTitle, ctx.t.skm.door.answeredBody));
    throw error;
  }
  return seeOther(c, `/c/${token}/skm/terima-kasih`);
});

door.post('/api/v1/checkins', (c) => postCheckins(c.req.raw));

door.notFound((c) => {
  const ctx = ctxOf(c);
  return send(c, 404, ctx.t.checkin.unknownTitle, unknownBody(ctx));
});

door.onError((error, c) => {
  const { t } = ctxOf(c);
  if (!isAppError(error)) {
    log.error({ err: error }, 'door: unexpected error');
    return send(c, 500, t.door.errorTitle, messageBody(t.door.errorTitle, t.door.errorBody));
  }
  if (error.retryAfter) c.header('retry-after', String(error.retryAfter));
  const title = error.code === 'rate_limited' ? t.door.rateLimitedTitle : error.code === 'unavailable' ? t.door.busyTitle : t.door.errorTitle;
  const token = c.req.param('token');
  return send(c, error.status, title, messageBody(title, error.message, token ? { href: `/c/${token}`, label: t.door.back } : undefined));
});
