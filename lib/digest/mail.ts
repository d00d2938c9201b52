import type { Alerts, AttentionRow, UnitRef } from '@/lib/attention/rows';
import { clockTime, type FlagVoice, flagWords } from '@/lib/attention/words';
import { appUrl } from '@/lib/config';
import { fillIn, formatDay, formatNumber, formatPercent } from '@/lib/i18n/format';
import { unitTitle } from '@/lib/tenancy/labels';
import type { Dictionary } from '@/lib/i18n/id';
import type { Mail } from '@/lib/mail/mailer';

/**
 * One unit the user answers for: its first flagged children, most in need first, how many are
 * flagged in all, and its "Perlu perhatian" list.
 */
export type DigestSection = {
  unit: UnitRef;
  rows: AttentionRow[];
  flagged: number;
  alerts: Alerts;
};

/** A line of the mail: what it says, about a unit (named, and linked to its dashboard) or not. */
type Line = { words: string; unit?: UnitRef };

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const dashboard = (unit: UnitRef) => `${appUrl()}/u/${unit.id}`;

/** The morning digest of one user, in Bahasa Indonesia, as text and as simple HTML. */
export function digestMail(input: {
  to: { email: string; name: string };
  day: string;
  zone: string;
  sections: DigestSection[];
  t: Dictionary;
}): Mail {
  const { t, day, sections } = input;
  const d = t.attention.digest;
  const date = formatDay(day, 'id', 'full');
  const weekday = t.weekdays[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7]!;
  const voice: FlagVoice = { t: t.attention, locale: 'id', when: 'yesterday', weekday };
  const settings = `${appUrl()}/akun/kata-sandi`;

  const blocks = sections.map((s) => ({ unit: s.unit, groups: groups(s, voice) }));
  const text = [
    fillIn(d.greeting, { name: input.to.name }),
    '',
    fillIn(d.intro, { date, zone: input.zone }),
    ...blocks.flatMap((b) => [
      '',
      `== ${unitTitle(b.unit, t)} ==`,
      ...b.groups.flatMap((g) => [
        `${g.title}:`,
        ...g.lines.map((l) =>
          l.unit ? `- ${unitTitle(l.unit, t)}: ${l.words} (${dashboard(l.unit)})` : `- ${l.words}`,
        ),
      ]),
      fillIn(d.open, { url: dashboard(b.unit) }),
    ]),
    '',
    fillIn(d.footer, { url: settings }),
  ].join('\n');

  const link = (unit: UnitRef, label = unitTitle(unit, t)) =>
    `<a href="${escape(dashboard(unit))}">${escape(label)}</a>`;
  const html = [
    `<p>${escape(fillIn(d.greeting, { name: input.to.name }))}</p>`,
    `<p>${escape(fillIn(d.intro, { date, zone: input.zone }))}</p>`,
    ...blocks.map(
      (b) =>
        `<h2 style="font-size:16px">${escape(unitTitle(b.unit, t))}</h2>` +
        b.groups
          .map(
            (g) =>
              `<p><strong>${escape(g.title)}</strong></p><ul>${g.lines
                .map((l) => `<li>${l.unit ? `${link(l.unit)}: ` : ''}${escape(l.words)}</li>`)
                .join('')}</ul>`,
          )
          .join('') +
        `<p>${link(b.unit, fillIn(d.openLink, { name: unitTitle(b.unit, t) }))}</p>`,
    ),
    `<p style="color:#64748b;font-size:12px">${escape(fillIn(d.footer, { url: settings }))}</p>`,
  ].join('\n');

  const flagged = sections.reduce((n, s) => n + s.flagged, 0);
  const subject = flagged
    ? fillIn(d.subject, { n: formatNumber(flagged, 'id'), date })
    : fillIn(d.subjectAlerts, { date });
  return { to: input.to.email, subject, text, html };
}

/** A section's groups of lines: its flagged children, then its alerts; "all fine" when it has neither. */
function groups(s: DigestSection, voice: FlagVoice): { title: string; lines: Line[] }[] {
  const t = voice.t;
  const a = t.alerts;
  const when = t.when.yesterday;
  const named = (unit: UnitRef, words: string): Line => ({ words, unit });
  const out: { title: string; lines: Line[] }[] = [];
  if (s.rows.length) {
    const lines = s.rows.map((r) =>
      named(
        r,
        r.flags
          .map((f) => flagWords(f, voice))
          .map((w) => `${w.label}. ${w.why}`)
          .join(' '),
      ),
    );
    if (s.flagged > s.rows.length)
      lines.push({ words: fillIn(a.more, { n: formatNumber(s.flagged - s.rows.length, 'id') }) });
    out.push({ title: t.digest.laggards, lines });
  }
  const { silent, silentCount, closedScans, refusalJumps } = s.alerts;
  if (silentCount) {
    const lines = silent.map((u) =>
      named(u, fillIn(a.silentItem, { time: clockTime(u.opensAt, 'id') })),
    );
    if (silentCount > silent.length)
      lines.push({ words: fillIn(a.more, { n: formatNumber(silentCount - silent.length, 'id') }) });
    out.push({ title: a.silent, lines });
  }
  if (closedScans.length) {
    out.push({
      title: fillIn(a.closed, { when }),
      lines: closedScans.map((u) => named(u, fillIn(a.closedItem, { n: formatNumber(u.n, 'id') }))),
    });
  }
  if (refusalJumps.length) {
    out.push({
      title: a.jump,
      lines: refusalJumps.map((u) =>
        named(
          u,
          fillIn(a.jumpItem, {
            share: formatPercent(u.share, 'id'),
            before: formatPercent(u.before, 'id'),
            when,
          }),
        ),
      ),
    });
  }
  return out.length ? out : [{ title: t.digest.laggards, lines: [{ words: t.digest.noLaggards }] }];
}
