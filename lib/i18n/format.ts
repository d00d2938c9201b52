/** Indonesian formats: 12.345 and 9 September 2021, 08.00 (the unit's own zone). */
export function formatNumber(n: number, locale: 'id' | 'en' = 'id'): string {
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB').format(n);
}

export function formatDateTime(d: Date, timeZone: string, locale: 'id' | 'en' = 'id'): string {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(d);
}
