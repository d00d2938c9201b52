import type { Dictionary } from '@/lib/i18n/id';
import { statuses } from '@/lib/services/vocabulary';
import type { Grouping, GroupRow, Totals } from '@/lib/stats/grouped';
import type { Locale } from '@/lib/i18n';
import { formatNumber, formatPercent } from '@/lib/i18n/format';

/** The statistics table: one row per group, the counts by status, and the total. */
export function StatsTable({ rows, totals, grouping, t, locale }: { rows: (GroupRow & { label: string })[]; totals: Totals; grouping: Grouping; t: Dictionary; locale: Locale }) {
  const n = (v: number) => formatNumber(v, locale);
  const share = (r: { checkins: number; admitted: number }) => (r.checkins ? formatPercent(r.admitted / r.checkins, locale, true) : '—');
  const cells = (r: Totals) => (
    <>
      <td className="text-right tabular-nums">{n(r.checkins)}</td>
      <td className="text-right tabular-nums">{n(r.admitted)}</td>
      <td className="text-right tabular-nums">{share(r)}</td>
      {statuses.map((s) => (
        <td key={s} className="text-right tabular-nums">
          {n(r.byStatus[s])}
        </td>
      ))}
    </>
  );
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-1">{t.stats.columns[grouping]}</th>
            <th className="text-right">{t.stats.columns.checkins}</th>
            <th className="text-right">{t.stats.columns.admitted}</th>
            <th className="text-right">{t.stats.columns.share}</th>
            {statuses.map((s) => (
              <th key={s} className="text-right">
                {t.statuses[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-100">
              <td className="py-1.5">{r.label}</td>
              {cells(r)}
            </tr>
          ))}
        </tbody>
        <tfoot className="font-semibold">
          <tr className="border-t border-slate-300">
            <td className="py-1.5">{t.stats.total}</td>
            {cells(totals)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
