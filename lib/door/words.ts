import type { Status } from '@/lib/services/vocabulary';
import { nextOpening } from '@/lib/services/hours';
import type { OpeningHours } from '@/lib/db/schema';
import { fillIn } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import { timeZoneAbbreviation, type UnitTimeZone } from '@/lib/tenancy/time-zones';
import { addDays, localDate } from '@/lib/time/local';

// Making an Intl.DateTimeFormat costs far more than using one: the door keeps one per shape.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formats.get(key);
  if (!f) formats.set(key, (f = make()));
  return f;
}

/** 08.00 in Indonesian, 08:00 in English, in the unit's zone. */
export function clockTime(at: Date, timeZone: string, lang: 'id' | 'en', seconds = false): string {
  const parts = format(`clock|${timeZone}|${seconds}`, () =>
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: seconds ? '2-digit' : undefined, hourCycle: 'h23', timeZone }),
  ).format(at);
  return lang === 'id' ? parts.replaceAll(':', '.') : parts;
}

export const zoneName = (timeZone: string) => timeZoneAbbreviation[timeZone as UnitTimeZone] ?? '';

export function longDateTime(at: Date, timeZone: string, lang: 'id' | 'en'): string {
  const date = format(`date|${timeZone}|${lang}`, () =>
    new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeZone }),
  ).format(at);
  return `${date}, ${clockTime(at, timeZone, lang)} ${zoneName(timeZone)}`;
}

/** "hari ini", "besok" or the weekday ("Senin"), as a visitor says when something happens next. */
function dayWord(at: Date, from: Date, timeZone: string, t: Dictionary, lang: 'id' | 'en'): string {
  const day = localDate(at, timeZone);
  if (day === localDate(from, timeZone)) return t.door.today;
  if (day === addDays(localDate(from, timeZone), 1)) return t.door.tomorrow;
  return format(`weekday|${timeZone}|${lang}`, () =>
    new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { weekday: 'long', timeZone }),
  ).format(at);
}

/** "Buka lagi Senin pukul 07.30 WIB." — or nothing when the service never opens. */
export function opensAgain(
  template: string,
  hours: OpeningHours,
  timeZone: string,
  after: Date,
  now: Date,
  t: Dictionary,
  lang: 'id' | 'en',
): string | null {
  const at = nextOpening(hours, timeZone, after);
  if (!at) return null;
  return fillIn(template, { day: dayWord(at, now, timeZone, t, lang), time: clockTime(at, timeZone, lang), zone: zoneName(timeZone) });
}

/** "Hijau atau Kuning": the outcomes a policy admits, in the visitor's words. */
export function admitsList(admits: readonly Status[], t: Dictionary): string {
  const names = admits.map((s) => t.statuses[s]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${t.door.or} ${names.at(-1)}` : (names[0] ?? '');
}
