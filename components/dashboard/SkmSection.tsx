import { fillIn, formatNumber } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { SkmIndex } from '@/lib/skm/ikm';
import type { UnsurCode } from '@/lib/skm/vocabulary';
import { PanelHeading } from './PanelHeading';

const decimals = (n: number, locale: 'id' | 'en') =>
  formatNumber(n, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const MUTU_TONE = { A: 'bg-emerald-700', B: 'bg-emerald-500', C: 'bg-amber-500', D: 'bg-red-700' } as const;

/**
 * The satisfaction index of the subtree over the range (PermenPANRB 14/2017): IKM, its quality,
 * the nine element means and the one to improve first.
 */
export function SkmSection(props: {
  index: SkmIndex;
  weakest: UnsurCode | null;
  t: Dictionary['skm'];
  locale: 'id' | 'en';
  children?: React.ReactNode;
  /** Its freshness, where the page around it follows check-ins live and the survey does not. */
  status?: React.ReactNode;
}) {
  const { index, weakest, t, locale } = props;
  return (
    <section className="rounded-lg bg-white p-4 shadow-sm" aria-labelledby="skm-title" data-testid="skm">
      <PanelHeading id="skm-title" title={t.report.title} status={props.status} />
      {index.ikm === null || index.mutu === null ? (
        <p className="text-sm text-slate-500">{t.report.empty}</p>
      ) : (
        <div className="flex flex-wrap gap-6">
          <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-500">{t.report.ikm}</dt>
            <dd className="text-3xl font-semibold tabular-nums" data-testid="skm-ikm">
              {decimals(index.ikm, locale)}
            </dd>
            <dt className="text-slate-500">{t.report.mutu}</dt>
            <dd>
              <span className={`rounded px-2 py-0.5 font-semibold text-white ${MUTU_TONE[index.mutu]}`}>{index.mutu}</span> {t.mutu[index.mutu]}
            </dd>
            <dt className="text-slate-500">{t.report.responses}</dt>
            <dd className="tabular-nums" data-testid="skm-responses">
              {formatNumber(index.responses, locale)}
            </dd>
          </dl>
          <table className="min-w-64 flex-1 text-left text-sm">
            <thead>
              <tr className="text-slate-500">
                <th className="font-normal">{t.report.unsur}</th>
                <th className="text-right font-normal">{t.report.nrr}</th>
              </tr>
            </thead>
            <tbody>
              {index.unsur.map((u) => (
                <tr key={u.code} className={`border-t border-slate-100 ${u.code === weakest ? 'font-semibold text-amber-800' : ''}`}>
                  <th scope="row" className="py-0.5 font-[inherit]">
                    {u.code} {t.unsur[u.code]}
                  </th>
                  <td className="text-right tabular-nums">{u.nrr === null ? '–' : decimals(u.nrr, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {weakest && <p className="basis-full text-sm text-amber-800">{fillIn(t.report.weakest, { name: `${weakest} ${t.unsur[weakest]}` })}</p>}
        </div>
      )}
      {props.children}
    </section>
  );
}
