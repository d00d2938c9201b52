import type { Dictionary } from '@/lib/i18n/id';
import type { ServiceCategory, Status } from '@/lib/services/vocabulary';
import { unitTitle } from '@/lib/tenancy/labels';
import type { Grouping, GroupRow } from './grouped';

export type Locale = 'id' | 'en';
const tag = (locale: Locale) => (locale === 'id' ? 'id-ID' : 'en-GB');

/** 12.345 in Indonesian, 12,345 in English. */
export const formatCount = (n: number, locale: Locale) => new Intl.NumberFormat(tag(locale)).format(n);

/** 92,1% in Indonesian, 92.1% in English. */
export const formatShare = (share: number, locale: Locale) =>
  new Intl.NumberFormat(tag(locale), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);

/** A local calendar day ('2026-11-23') as 23 November 2026, with the weekday when asked. */
export function formatDay(date: string, locale: Locale, weekday = false): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: weekday ? 'full' : 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function formatMonth(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** What a row is called in the table, the chart and the exports. */
export function rowLabel(row: GroupRow, grouping: Grouping, t: Dictionary, locale: Locale): string {
  switch (grouping) {
    case 'day':
    case 'week':
      return formatDay(row.key, locale);
    case 'month':
      return formatMonth(row.key, locale);
    case 'status':
      return t.statuses[row.key as Status];
    case 'category':
      return row.key ? t.categories[row.key as ServiceCategory] : t.stats.entrance;
    case 'service':
      if (row.key === '0') return t.stats.entrance;
      return row.unitName ? `${row.name} (${row.unitName})` : (row.name ?? row.key);
    case 'child': {
      const title = unitTitle({ kind: row.unitKind ?? 'agency', name: row.name ?? row.key }, t);
      return row.key === 'self' ? `${title} (${t.stats.own})` : title;
    }
  }
}
