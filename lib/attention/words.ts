import { fillIn, formatHour, formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { Flag } from './rules';
import { USUAL_WEEKS } from './rules';

/** How a flag reads, on the dashboard (about today) and in the morning digest (about yesterday). */
export type FlagVoice = {
  t: Dictionary['attention'];
  locale: 'id' | 'en';
  when: 'today' | 'yesterday';
  /** The judged day's weekday name (Senin). */
  weekday: string;
};

/** "08:00" as people read it: 08.00 in Indonesian. */
export const clockTime = (hhmm: string, locale: 'id' | 'en') =>
  locale === 'id' ? hhmm.replace(':', '.') : hhmm;

/** A flag's short label and its reason in words. */
export function flagWords(flag: Flag, v: FlagVoice): { label: string; why: string } {
  const f = v.t.flags;
  const when = v.t.when[v.when];
  const n = (x: number) => formatNumber(Math.round(x), v.locale);
  switch (flag.kind) {
    case 'noPoster':
      return f.noPoster;
    case 'silent':
      return {
        label: f.silent.label,
        why: fillIn(f.silent.why, { when, time: clockTime(flag.opensAt, v.locale) }),
      };
    case 'silentBelow':
      return {
        label: f.silentBelow.label,
        why: fillIn(f.silentBelow.why, { when, units: n(flag.units), of: n(flag.of) }),
      };
    case 'refusing':
      return {
        label: f.refusing.label,
        why: fillIn(f.refusing.why, {
          share: formatPercent(flag.share, v.locale),
          peers: formatPercent(flag.peers, v.locale),
        }),
      };
    case 'belowUsual': {
      const values = {
        n: n(flag.checkins),
        usual: n(flag.usual),
        weekday: v.weekday,
        weeks: USUAL_WEEKS,
      };
      return flag.hour >= 24
        ? { label: f.belowUsual.label, why: fillIn(f.belowUsual.whyDay, values) }
        : {
            label: f.belowUsual.label,
            why: fillIn(f.belowUsual.why, { ...values, hour: formatHour(flag.hour, v.locale) }),
          };
    }
  }
}
