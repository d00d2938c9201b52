import { html, raw } from 'hono/html';
import type { Status } from '@/lib/services/vocabulary';
import type { CheckinEvent, Service } from '@/lib/db/schema';
import { hoursOn, localDayBounds } from '@/lib/services/hours';
import { receiptCode } from '@/lib/checkins/receipt';
import type { DoorPoster } from '@/lib/checkins/visitor';
import { fillIn } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { ResolvedPoster } from '@/lib/posters/resolve';
import { unitTitle } from '@/lib/tenancy/labels';
import { offsetMs } from '@/lib/time/local';
import { CLOCK_SCRIPT, type Html } from './layout';
import { admitsList, clockTime, longDateTime, opensAgain, zoneName } from './words';

export type Lang = 'id' | 'en';
type Ctx = { t: Dictionary; lang: Lang };

/** The short-code form: for visitors who cannot scan; what they typed stays in the field. */
export function codeForm({ t }: Ctx, value = '', error?: string): Html {
  return html`<form action="/c" method="get">
<label for="kode">${t.checkin.enterCode}</label>
<input id="kode" name="kode" value="${value}" autocapitalize="characters" autocomplete="off" maxlength="12" placeholder="ABCD-2345">
<p class="muted">${t.checkin.codeHint}</p>${error ? html`<p role="alert" class="err">${error}</p>` : ''}
<button type="submit">${t.checkin.go}</button></form>`;
}

function heading({ t }: Ctx, poster: { unit: DoorPoster['unit']; service?: DoorPoster['service'] }, label?: string): Html {
  const service = poster.service?.name ?? t.posters.entrance;
  return html`<h1>${unitTitle(poster.unit, t)}</h1><p class="svc">${service}</p>${label ? html`<p class="muted">${label}</p>` : ''}`;
}

/** Today's hours of the service, said before the visitor types anything. */
function hoursLine({ t, lang }: Ctx, poster: DoorPoster, now: Date): Html | string {
  if (!poster.service) return '';
  const zone = poster.unit.timeZone;
  const today = hoursOn(poster.service.openingHours, zone, now);
  if (!today) return html`<p class="muted">${t.door.closedToday}</p>`;
  const [open, close] = [today.open, today.close].map((h) => (lang === 'id' ? h.replace(':', '.') : h));
  return html`<p class="muted">${fillIn(t.door.hoursToday, { open: open!, close: close!, zone: zoneName(zone) })}</p>`;
}

export type FormState = { value?: string; error?: string; notRecorded?: string };

/** The check-in form; after a "not recorded" answer it says so and keeps the number for a retry. */
export function posterForm(ctx: Ctx, poster: DoorPoster, token: string, admits: readonly Status[], now: Date, state: FormState = {}): Html {
  const { t } = ctx;
  const retry = state.notRecorded !== undefined;
  return html`${heading(ctx, poster, poster.poster.label)}
${retry ? html`<div class="box neutral" role="status" data-outcome="tidak_tercatat"><b>${t.door.notRecordedTitle}</b>
<p>${fillIn(t.door.notRecordedBody, { masked: state.notRecorded! })}</p><p>${t.door.notRecordedHelp}</p></div>` : ''}
${hoursLine(ctx, poster, now)}<p class="muted">${fillIn(t.door.admits, { list: admitsList(admits, t) })}</p>
<form action="/c/${token}/masuk" method="post">
<label for="identitas">${t.checkin.identify}</label>
<input id="identitas" name="identitas" value="${state.value ?? ''}" inputmode="numeric" autocomplete="off" maxlength="24" required aria-describedby="identitas-hint">
<p id="identitas-hint" class="muted">${t.checkin.identifyHint}</p>${state.error ? html`<p role="alert" class="err">${state.error}</p>` : ''}
<button type="submit">${retry ? t.door.checkAgain : t.checkin.submit}</button></form>`;
}

export function goneBody(ctx: Ctx, poster: Exclude<ResolvedPoster, { state: 'valid' | 'unknown' }>): Html {
  const { t } = ctx;
  const [title, body] =
    poster.state === 'retired' ? [t.checkin.invalidTitle, t.checkin.invalidBody] : [t.checkin.revokedTitle, t.checkin.revokedBody];
  return html`<h1 class="err">${title}</h1><p><b>${unitTitle(poster.unit, t)}</b></p><p>${body}</p>${codeForm(ctx)}`;
}

export function unknownBody(ctx: Ctx): Html {
  return html`<h1 class="err">${ctx.t.checkin.unknownTitle}</h1><p>${ctx.t.checkin.unknownBody}</p>${codeForm(ctx)}`;
}

export function pausedBody(ctx: Ctx, poster: DoorPoster): Html {
  return html`${heading(ctx, poster)}<div class="box neutral" role="status" data-outcome="paused"><b>${ctx.t.checkin.pausedTitle}</b>
<p>${ctx.t.checkin.pausedBody}</p></div>`;
}

export function messageBody(title: string, message: string, back?: { href: string; label: string }): Html {
  return html`<h1>${title}</h1><p role="alert">${message}</p>${back ? html`<p><a href="${back.href}">${back.label}</a></p>` : ''}`;
}

export type Receipt = {
  event: CheckinEvent;
  checkedOutAt: Date | null;
  poster: Exclude<ResolvedPoster, { state: 'unknown' }>;
  token: string;
  signature: string;
};

/** What the refusal means for the visitor, and when to come back where that is known. */
function refusal(ctx: Ctx, r: Receipt, now: Date): Html {
  const { t, lang } = ctx;
  const { event } = r;
  const service = r.poster.state === 'valid' ? r.poster.service : null;
  const zone = r.poster.unit.timeZone;
  switch (event.reason) {
    case 'closed': {
      const next = service && opensAgain(t.door.opensAgain, service.openingHours, zone, event.occurredAt, now, t, lang);
      return html`<div class="box neutral" role="status" data-outcome="closed"><b>${t.door.closedTitle}</b><p>${t.door.closedBody}</p>${next ? html`<p>${next}</p>` : ''}</div>`;
    }
    case 'full': {
      const dayEnd = localDayBounds(event.occurredAt, zone).end;
      const next = service && opensAgain(t.door.fullResets, service.openingHours, zone, dayEnd, now, t, lang);
      return html`<div class="box neutral" role="status" data-outcome="full"><b>${t.door.fullTitle}</b><p>${t.door.fullBody}</p>${next ? html`<p>${next}</p>` : ''}</div>`;
    }
    case 'paused':
      return html`<div class="box neutral" role="status" data-outcome="paused"><b>${t.checkin.pausedTitle}</b><p>${t.checkin.pausedBody}</p></div>`;
    case 'not_recorded':
      return html`<div class="box neutral" role="status" data-outcome="tidak_tercatat"><b>${t.door.notRecordedTitle}</b><p>${t.door.notRecordedHelp}</p></div>`;
    default:
      return html`<div class="box ${event.status}" role="status" data-outcome="${event.status}"><b>${t.checkin.notAdmitted}</b>
<p>${t.checkin.statusLine[event.status]}</p></div><p><b>${t.checkin.reasons[event.status]}</b></p>`;
  }
}

/**
 * The service standard (PermenPANRB 15/2014) for the visitor let in: what to have ready at the
 * counter, how long it takes and what it costs. From the service row the door already holds.
 */
function serviceStandard({ t }: Ctx, service: Service | null): Html | string {
  const requirements = (service?.requirements ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  if (!service || (!requirements.length && !service.completionTime && !service.fee)) return '';
  const w = t.door.standard;
  return html`<section class="std" aria-labelledby="std"><h2 id="std">${w.title}</h2>
${requirements.length ? html`<p><b>${w.requirements}</b></p><ul>${requirements.map((line) => html`<li>${line}</li>`)}</ul>` : ''}
${service.completionTime ? html`<p><b>${w.completionTime}:</b> ${service.completionTime}</p>` : ''}
${service.fee ? html`<p><b>${w.fee}:</b> ${service.fee}</p>` : ''}</section>`;
}

/**
 * The result: proves it is live (unit, service, time, a running clock) and offers check-out;
 * `queue` is the visitor's queue number, shown under the outcome.
 */
export function resultBody(ctx: Ctx, r: Receipt, now: Date, queue: Html | string = ''): Html {
  const { t, lang } = ctx;
  const { event } = r;
  const zone = r.poster.unit.timeZone;
  const service = r.poster.state === 'valid' ? (r.poster.service?.name ?? t.posters.entrance) : null;
  let banner: Html;
  if (event.kind === 'out') banner = html`<div class="box neutral" role="status" data-outcome="out"><b>${t.checkin.checkedOut}</b></div>`;
  else if (r.checkedOutAt) {
    banner = html`<div class="box neutral" role="status" data-outcome="out"><b>${t.checkin.checkedOut}</b>
<p>${fillIn(t.door.checkedOutAt, { time: `${clockTime(r.checkedOutAt, zone, lang)} ${zoneName(zone)}` })}</p></div>`;
  } else if (event.admitted) {
    banner = html`<div class="box ${event.status === 'tidak_tercatat' ? 'neutral' : event.status}" role="status" data-outcome="${event.status}">
<b>${t.checkin.admitted}</b><p>${t.checkin.statusLine[event.status]}</p></div>`;
  } else banner = refusal(ctx, r, now);
  const offset = Math.round(offsetMs(now, zone) / 60_000);
  const active = event.kind === 'in' && event.admitted && !r.checkedOutAt && r.poster.state === 'valid';
  return html`${banner}${queue}<dl><dt>Unit</dt><dd>${unitTitle(r.poster.unit, t)}</dd>
${service ? html`<dt>${t.nav.services}</dt><dd>${service}</dd>` : ''}<dt>${t.checkin.time}</dt><dd>${longDateTime(event.occurredAt, zone, lang)}</dd>
${event.visitorHint ? html`<dt>${t.checkin.identity}</dt><dd>${event.visitorHint}</dd>` : ''}<dt>${t.checkin.receiptCode}</dt><dd><b data-receipt>${receiptCode(event.id)}</b></dd>
<dt>${t.door.now}</dt><dd><time id="k" data-o="${offset}">${clockTime(now, zone, lang, true)}</time> ${zoneName(zone)}</dd></dl>
<script>${raw(CLOCK_SCRIPT)}</script>
${active && r.poster.state === 'valid' ? serviceStandard(ctx, r.poster.service) : ''}
${active ? html`<form action="/c/${r.token}/keluar" method="post"><input type="hidden" name="event" value="${event.id}"><input type="hidden" name="s" value="${r.signature}">
<button type="submit" class="alt">${t.checkin.checkout}</button></form>` : ''}`;
}
