import type { Context, Hono } from 'hono';
import { receiptSignature, verifyReceipt, getReceiptEvent } from '@/lib/checkins/receipt';
import type { DoorCtx } from '@/lib/checkins/visitor';
import { limitVisitor } from '@/lib/checkins/visitor-limits';
import { AppError, isAppError } from '@/lib/errors';
import { clientAddress } from '@/lib/http/client-address';
import { isAnswered, parseAnswer, type SkmAnswer, submitAnswer, surveyable } from '@/lib/skm/answer';
import { unitTitle } from '@/lib/tenancy/labels';
import { parseId } from '@/lib/validation';
import { messageBody } from './pages';
import { posterFormRoute, posterPageRoute } from './poster-route';
import { langOf, seeOther, send } from './respond';
import { surveyForm, type SurveyTarget } from './skm-pages';

const surveyTarget = (c: Context, ctx: DoorCtx, eventId: number): SurveyTarget => ({
  token: c.req.param('token')!,
  eventId,
  signature: receiptSignature(eventId),
  unitTitle: unitTitle(ctx.unit, langOf(c).t),
  service: ctx.poster.service?.name ?? langOf(c).t.posters.entrance,
});

/** The receipt the survey form carries: without a valid one the answer is refused (403) before anything is looked up. */
function surveyReceiptOf(c: Context, form: URLSearchParams) {
  const raw = form.get('event') ?? '';
  const eventId = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : 0;
  if (!eventId || !verifyReceipt(eventId, form.get('s') ?? '')) throw new AppError('forbidden', { message: langOf(c).t.checkin.receiptInvalid });
  return { eventId, form };
}

/** The satisfaction survey of a check-in (PermenPANRB 14/2017), reached from its result page. */
export function addSurveyRoutes(door: Hono) {
  door.get('/c/:token/skm/terima-kasih', (c) => {
    const { t } = langOf(c);
    return send(c, 200, t.skm.door.thanksTitle, messageBody(t.skm.door.thanksTitle, t.skm.door.thanksBody));
  });

  door.get('/c/:token/skm/:eventId', async (c) => {
    const { t } = langOf(c);
    const invalid = () => send(c, 404, t.skm.door.title, messageBody(t.door.errorTitle, t.checkin.receiptInvalid));
    const eventId = parseId(c.req.param('eventId'));
    if (!verifyReceipt(eventId, c.req.query('s') ?? '')) return invalid();
    return posterPageRoute(async (c, ctx) => {
      const event = await getReceiptEvent(ctx.db, eventId);
      if (!event || !surveyable(event, ctx.poster.poster.id)) return invalid();
      if (await isAnswered(ctx.db, eventId)) return send(c, 200, t.skm.door.title, messageBody(t.skm.door.answeredTitle, t.skm.door.answeredBody));
      return send(c, 200, t.skm.door.title, surveyForm(langOf(c), surveyTarget(c, ctx, eventId)));
    })(c);
  });

  /** 403 without a valid receipt, 422 for another poster's check-in or a missing answer, 409 for a second answer. */
  door.post(
    '/c/:token/skm',
    posterFormRoute(surveyReceiptOf, async (c, ctx, { eventId, form }) => {
      const { t } = langOf(c);
      const event = await getReceiptEvent(ctx.db, eventId);
      if (!event || !surveyable(event, ctx.poster.poster.id)) throw new AppError('invalid', { message: t.skm.door.notHere });
      let answer: SkmAnswer;
      try {
        answer = parseAnswer(form);
      } catch (error) {
        if (!isAppError(error) || error.code !== 'invalid') throw error;
        return send(c, 422, t.skm.door.title, surveyForm(langOf(c), surveyTarget(c, ctx, eventId), form, t.skm.door.missing));
      }
      await limitVisitor({ address: clientAddress(c.req.raw), poster: c.req.param('token')! });
      try {
        await submitAnswer(ctx, event, answer);
      } catch (error) {
        if (isAppError(error) && error.code === 'conflict') return send(c, 409, t.skm.door.title, messageBody(t.skm.door.answeredTitle, t.skm.door.answeredBody));
        throw error;
      }
      return seeOther(c, `/c/${c.req.param('token')!}/skm/terima-kasih`);
    }),
  );
}
