import type { Dictionary } from '@/lib/i18n/id';
import { type GroupedStats, timeGroupings } from '@/lib/stats/grouped';
import type { Locale } from '@/lib/i18n';
import { rowLabel } from '@/lib/stats/labels';
import { statuses } from '@/lib/services/vocabulary';

export type Cell = string | number | null;
/** `date` cells hold a local calendar day 'YYYY-MM-DD', `month` cells 'YYYY-MM'; `share` a percentage (92.1). */
export type ExportColumn = {
  key: string;
  header: string;
  kind: 'text' | 'date' | 'month' | 'count' | 'share' | 'decimal';
};
/**
 * A table for the exports. The last `footerRows` rows are totals, not data (kept out of a
 * spreadsheet's filter); `title` and `source` head and close a spreadsheet that has them.
 */
export type ExportTable = {
  columns: ExportColumn[];
  rows: Cell[][];
  footerRows?: number;
  title?: string;
  source?: string;
};

/** Share admitted as a percentage with one decimal (92.1); empty without check-ins. */
const sharePct = (admitted: number, checkins: number) =>
  checkins ? Math.round((admitted / checkins) * 1000) / 10 : null;

/**
 * Names come from unit admins: one starting like a formula (= + - @) would run as one when a
 * Humas officer opens the file in a spreadsheet, so it is marked as text.
 */
export const inert = (name: string) => (/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);

/**
 * The statistics table as plain cells for the exports: aggregates only, the first column the
 * group (a local calendar day 'YYYY-MM-DD' for days and weeks, 'YYYY-MM' for months), then the
 * counts, and a total row.
 */
export function exportTable(stats: GroupedStats, t: Dictionary, locale: Locale): ExportTable {
  const c = t.stats.columns;
  const time = timeGroupings.includes(stats.grouping);
  const span = stats.grouping === 'week' || stats.grouping === 'month';
  const columns: ExportColumn[] = [
    {
      key: 'group',
      header: c[stats.grouping],
      kind: !time ? 'text' : stats.grouping === 'month' ? 'month' : 'date',
    },
    ...(span
      ? [
          { key: 'first', header: c.first, kind: 'date' as const },
          { key: 'last', header: c.last, kind: 'date' as const },
        ]
      : []),
    { key: 'checkins', header: c.checkins, kind: 'count' },
    { key: 'admitted', header: c.admitted, kind: 'count' },
    { key: 'notAdmitted', header: c.notAdmitted, kind: 'count' },
    { key: 'share', header: `${c.share} (%)`, kind: 'share' },
    ...statuses.map((s) => ({ key: s, header: t.statuses[s], kind: 'count' as const })),
  ];
  const line = (
    group: string,
    r: { checkins: number; admitted: number; byStatus: Record<string, number> },
    first?: string,
    last?: string,
  ): Cell[] => [
    group,
    ...(span ? [first ?? null, last ?? null] : []),
    r.checkins,
    r.admitted,
    r.checkins - r.admitted,
    sharePct(r.admitted, r.checkins),
    ...statuses.map((s) => r.byStatus[s] ?? 0),
  ];
  const rows = stats.rows.map((r) =>
    line(time ? r.key : inert(rowLabel(r, stats.grouping, t, locale)), r, r.first, r.last),
  );
  rows.push(
    line(
      t.stats.total,
      stats.totals,
      span ? stats.range.first : undefined,
      span ? stats.range.last : undefined,
    ),
  );
  return { columns, rows, footerRows: 1 };
}
