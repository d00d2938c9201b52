/** Indonesian formats: 12.345 and 9 September 2021, 08.00 (the unit's own zone). */
export function formatNumber(
  n: number,
  locale: 'id' | 'en' = 'id',
  digits?: Pick<Intl.NumberFormatOptions, 'minimumFractionDigits' | 'maximumFractionDigits'>,
): string {
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', digits).format(n);
}

const tag = (locale: 'id' | 'en') => (locale === 'id' ? 'id-ID' : 'en-GB');

// Making an Intl.DateTimeFormat costs far more than using one (measured at the door): one per shape.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: 'id' | 'en', timeZone: string, style: 'date' | 'time' | 'both'): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === 'date' ? { dateStyle: 'long' } : style === 'time' ? { timeStyle: 'short' } : { dateStyle: 'long', timeStyle: 'short' };
    dateFormats.set(key, (f = new Intl.DateTimeFormat(tag(locale), { ...options, timeZone })));
  }
  return f;
}

/*
 * The one date format of the interface, in the unit's own zone: 9 September 2021, 08.05 and
 * 9 September 2021 pukul 08.05. Pages format on the server and hand components the text.
 */
export function formatDateTime(d: Date, timeZone: string, locale: 'id' | 'en' = 'id'): string {
  return dateFormat(locale, timeZone, 'both').format(d);
}

export function formatDate(d: Date, timeZone: string, locale: 'id' | 'en' = 'id'): string {
  return dateFormat(locale, timeZone, 'date').format(d);
}

export function formatTime(d: Date, timeZone: string, locale: 'id' | 'en' = 'id'): string {
  return dateFormat(locale, timeZone, 'time').format(d);
}

/** A 0–1 share as 92,1% (92% when whole); `fixed` keeps the decimal (92,0%), as a press figure does. */
export function formatPercent(share: number, locale: 'id' | 'en' = 'id', fixed = false): string {
  return new Intl.NumberFormat(tag(locale), { style: 'percent', minimumFractionDigits: fixed ? 1 : 0, maximumFractionDigits: 1 }).format(share);
}

/** A signed difference: +3, −2, 0. */
export function formatChange(n: number, locale: 'id' | 'en' = 'id'): string {
  return new Intl.NumberFormat(tag(locale), { signDisplay: 'exceptZero' }).format(n).replace('-', '−');
}

/** A calendar day ('2026-11-23') as 23 November 2026; 23 Nov when short; Senin, 23 November 2026 in full. */
export function formatDay(date: string, locale: 'id' | 'en' = 'id', style: 'short' | 'long' | 'full' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'short' ? { day: 'numeric', month: 'short' } : { dateStyle: style };
  return new Intl.DateTimeFormat(tag(locale), { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A month ('2026-11') as November 2026. */
export function formatMonth(month: string, locale: 'id' | 'en' = 'id'): string {
  return new Intl.DateTimeFormat(tag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** An hour of the day as 08.00 (Indonesian) or 08:00. */
export function formatHour(hour: number, locale: 'id' | 'en' = 'id'): string {
  return `${String(hour).padStart(2, '0')}${locale === 'id' ? '.' : ':'}00`;
}

/** Fills {name} placeholders of a dictionary string. */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
