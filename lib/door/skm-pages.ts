import { html } from 'hono/html';
import type { Dictionary } from '@/lib/i18n/id';
import { ageBands, educations, occupations, SUGGESTION_MAX, sexes, unsurCodes } from '@/lib/skm/vocabulary';
import type { Html } from './layout';

type Ctx = { t: Dictionary };
export type SurveyTarget = { token: string; eventId: number; signature: string; unitTitle: string; service: string };

/** One element: its question and the four answers in that element's own words, 1 to 4. */
function question({ t }: Ctx, i: number, chosen: string | null): Html {
  const code = unsurCodes[i]!;
  const name = `u${i + 1}`;
  return html`<fieldset><legend>${i + 1}. ${t.skm.questions[code]}</legend>${t.skm.answers[code].map(
    (words, a) => html`<label class="opt"><input type="radio" name="${name}" value="${a + 1}" required${chosen === String(a + 1) ? ' checked' : ''}> ${words}</label>`,
  )}</fieldset>`;
}

function choice(label: string, name: string, values: readonly string[], words: Record<string, string>, none: string, chosen: string | null): Html {
  return html`<label for="${name}">${label}</label><select id="${name}" name="${name}"><option value="">${none}</option>${values.map(
    (v) => html`<option value="${v}"${chosen === v ? ' selected' : ''}>${words[v]}</option>`,
  )}</select>`;
}

/** The survey of PermenPANRB 14/2017: nine questions, the optional profile and suggestion. */
export function surveyForm(ctx: Ctx, target: SurveyTarget, values: URLSearchParams = new URLSearchParams(), error?: string): Html {
  const { t } = ctx;
  const p = t.skm.profile;
  return html`<h1>${t.skm.door.title}</h1><p class="svc">${target.unitTitle} · ${target.service}</p><p class="muted">${t.skm.door.intro}</p>
${error ? html`<p role="alert" class="err">${error}</p>` : ''}
<form action="/c/${target.token}/skm" method="post"><input type="hidden" name="event" value="${target.eventId}"><input type="hidden" name="s" value="${target.signature}">
${unsurCodes.map((_, i) => question(ctx, i, values.get(`u${i + 1}`)))}
<fieldset><legend>${p.title}</legend>
${choice(p.ageBand, 'usia', ageBands, p.ageBands, p.none, values.get('usia'))}
${choice(p.sex, 'jk', sexes, p.sexes, p.none, values.get('jk'))}
${choice(p.education, 'pendidikan', educations, p.educations, p.none, values.get('pendidikan'))}
${choice(p.occupation, 'pekerjaan', occupations, p.occupations, p.none, values.get('pekerjaan'))}</fieldset>
<label for="saran">${t.skm.door.suggestion}</label><textarea id="saran" name="saran" rows="3" maxlength="${SUGGESTION_MAX}">${values.get('saran') ?? ''}</textarea>
<button type="submit">${t.skm.door.submit}</button></form>`;
}

/** The link from the result page to the survey of its check-in. */
export function surveyOffer({ t }: Ctx, token: string, eventId: number, signature: string): Html {
  return html`<p><a href="/c/${token}/skm/${eventId}?s=${signature}">${t.skm.door.offer}</a></p>`;
}
