import { html, raw } from 'hono/html';
import { fillIn } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { VisitorTicket } from '@/lib/queue/visitor';
import { type Html, QUEUE_SCRIPT } from './layout';

type Ctx = { t: Dictionary };

/** Without script, the result page of a number not yet served reloads itself this often. */
const REFRESH_SECONDS = 20;

/** What the visitor reads about their number now: the page's lines, and the poll's answer. */
export function queueWords({ t }: Ctx, ticket: VisitorTicket) {
  const q = t.queue;
  let wait: string = q.none;
  if (ticket.state === 'waiting') {
    if (ticket.ahead === 0) wait = q.door.next;
    else if (ticket.waitSeconds === null) wait = q.door.unknown;
    else
      wait = fillIn(q.door.about, {
        minutes: String(Math.max(1, Math.round(ticket.waitSeconds / 60))),
        ahead: String(ticket.ahead),
      });
  }
  return {
    state: ticket.state,
    status: q.door.states[ticket.state],
    serving: ticket.serving ?? q.none,
    wait,
  };
}

/** The visitor's number, large, with the number called now and the estimated wait; kept current by its script. */
export function queueBox(ctx: Ctx, ticket: VisitorTicket, src: string): Html {
  const q = ctx.t.queue.door;
  const words = queueWords(ctx, ticket);
  // prettier-ignore
  return html`<section id="q" class="box queue ${ticket.state}" data-src="${src}" data-ticket="${ticket.label}" aria-live="polite">
<p>${q.title}</p><b class="num">${ticket.label}</b><p id="q-st">${words.status}</p>
<dl><dt>${q.serving}</dt><dd id="q-s">${words.serving}</dd><dt>${q.wait}</dt><dd id="q-w">${words.wait}</dd></dl></section>
<script>${raw(QUEUE_SCRIPT)}</script>`;
}

/** Without script the page refreshes itself until the number is served. */
// prettier-ignore
export const queueRefresh = (ticket: VisitorTicket): Html | string =>
  ticket.state === 'served' ? '' : html`<noscript><meta http-equiv="refresh" content="${REFRESH_SECONDS}"></noscript>`;
