import type { Locale } from '@/lib/i18n';
import { formatDay, formatMonth } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { ServiceCategory, Status } from '@/lib/services/vocabulary';
import { unitTitle } from '@/lib/tenancy/labels';
import type { Grouping, GroupRow } from './grouped';


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
