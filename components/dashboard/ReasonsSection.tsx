import { formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import { refusalReasons } from '@/lib/checkins/vocabulary';
import type { ReasonCounts } from '@/lib/stats/reasons';
import type { ReactNode } from 'react';
import { PanelHeading } from './PanelHeading';

/** Why visitors were turned away in the range: status, not recorded, closed, quota full, paused. */
export function ReasonsSection(props: {
  counts: ReasonCounts;
  t: Dictionary['dashboard']['reasons'];
  locale: 'id' | 'en';
  status?: ReactNode;
}) {
  const { counts, t, locale } = props;
  const total = refusalReasons.reduce((sum, r) => sum + counts[r], 0);
  return (
    <section className="rounded-lg bg-white p-4 shadow-sm" aria-labelledby="refusal-reasons">
      <PanelHeading id="refusal-reasons" title={t.title} status={props.status} />
      {total === 0 ? (
        <p className="text-sm text-slate-500">{t.none}</p>
      ) : (
        <table className="w-full max-w-md text-left text-sm" data-testid="refusal-reasons">
          <tbody>
            {refusalReasons.map((r) => (
              <tr key={r} className="border-t border-slate-100">
                <th scope="row" className="py-1 font-normal">
                  {t[r]}
                </th>
                <td className="text-right tabular-nums">{formatNumber(counts[r], locale)}</td>
                <td className="w-20 text-right text-slate-500 tabular-nums">{formatPercent(counts[r] / total, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
