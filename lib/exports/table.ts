import type { Dictionary } from '@/lib/i18n/id';
import { type GroupedStats, timeGroupings } from '@/lib/stats/grouped';
import type { Locale } from '@/lib/i18n';
import { rowLabel } from '@/lib/stats/labels';
import { statuses } from '@/lib/services/vocabulary';

export type Cell = string | number | null;
export type ExportColumn = { key: string; header: string; kind: 'text' | 'date' | 'count' | 'share' | 'decimal' };
export type ExportTable = { columns: ExportColumn[]; rows: Cell[][] };

/** Share admitted as a percentage with one decimal (92.1); empty without check-ins. */
const sharePct = (admitted: number, checkins: number) => (checkins ? Math.round((admitted / checkins) * 1000) / 10 : null);

/**
 * Names come from unit admins: one starting like a formula (= + - @) would run as one when a
 * Humas officer opens the file in a spreadsheet, so it is marked as text.
 */
export const inert = (name: string) => (/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);

/**
 * The statistics table as plain cells for the exports: aggregates only, the first column the
 * group (a local calendar day 'YYYY-MM-DD' for time buckets), then the counts, and a total row.
 */
export function exportTable(stats: GroupedStats, t: Dictionary, locale: Locale): ExportTable {
  const c = t.stats.columns;
  const time = timeGroupings.includes(stats.grouping);
  const span = stats.grouping === 'week' || stats.grouping === 'month';
  const columns: ExportColumn[] = [
    { key: 'group', header: c[stats.grouping], kind: time && stats.grouping !== 'month' ? 'date' : 'text' },
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
  const line = (group: string, r: { checkins: number; admitted: number; byStatus: Record<string, number> }, first?: string, last?: string): Cell[] => [
    group,
    ...(span ? [first ?? null, last ?? null] : []),
    r.checkins,
    r.admitted,
    r.checkins - r.admitted,
    sharePct(r.admitted, r.checkins),
    ...statuses.map((s) => r.byStatus[s] ?? 0),
  ];
  const rows = stats.rows.map((r) => line(time ? r.key : inert(rowLabel(r, stats.grouping, t, locale)), r, r.first, r.last));
  rows.push(line(t.stats.total, stats.totals, span ? stats.range.first : undefined, span ? stats.range.last : undefined));
  return { columns, rows };
}
