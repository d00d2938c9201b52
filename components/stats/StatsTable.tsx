'use client';

import { type Column, DataTable } from '@/components/ui/data-table';
import type { Locale } from '@/lib/i18n';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import { type Status, statuses } from '@/lib/services/vocabulary';
import type { Grouping, GroupRow, Totals } from '@/lib/stats/grouped';

type Row = GroupRow & { label: string };

/**
 * The statistics table: one row per group, the counts by status, and the total below. Time
 * groups sort by their dates, the others by name; every count sorts too.
 */
export function StatsTable(props: {
  rows: Row[];
  totals: Totals;
  grouping: Grouping;
  /** Groups of time (days, weeks, months): they sort by date, not by their label. */
  byTime: boolean;
  t: Pick<Dictionary['stats'], 'columns' | 'total'>;
  statusNames: Record<Status, string>;
  locale: Locale;
}) {
  const { t, totals, locale } = props;
  const n = (v: number) => formatNumber(v, locale);
  const share = (r: Totals) =>
    r.checkins ? formatPercent(r.admitted / r.checkins, locale, true) : '—';
  const count = (id: string, header: string, value: (r: Totals) => number): Column<Row> => ({
    id,
    accessorFn: value,
    header,
    meta: { className: 'text-right tabular-nums' },
    cell: ({ getValue }) => n(getValue<number>()),
    footer: () => n(value(totals)),
  });
  const columns: Column<Row>[] = [
    {
      id: 'group',
      accessorFn: (r) => (props.byTime ? r.key : r.label),
      header: t.columns[props.grouping],
      meta: { rowHeader: true },
      cell: ({ row }) => row.original.label,
      footer: () => t.total,
    },
    count('checkins', t.columns.checkins, (r) => r.checkins),
    count('admitted', t.columns.admitted, (r) => r.admitted),
    {
      id: 'share',
      accessorFn: (r) => (r.checkins ? r.admitted / r.checkins : -1),
      header: t.columns.share,
      meta: { className: 'text-right tabular-nums' },
      cell: ({ row }) => share(row.original),
      footer: () => share(totals),
    },
    ...statuses.map((s) => count(s, props.statusNames[s], (r) => r.byStatus[s])),
  ];
  return (
    <DataTable
      caption={t.columns[props.grouping]}
      columns={columns}
      data={props.rows}
      pageSize={31}
      // The page says so above the chart when the range holds no check-in.
      empty={null}
    />
  );
}
