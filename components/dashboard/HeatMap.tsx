import { formatHour, formatNumber } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { HeatCell } from '@/lib/stats/overview';
import { Notice } from '@/components/ui/Notice';
import type { ReactNode } from 'react';
import { PanelHeading } from './PanelHeading';

const hours = Array.from({ length: 24 }, (_, h) => h);

/**
 * Busy times as a table of weekday rows and hour columns, each cell shaded by its share of the
 * busiest cell and carrying its number: the chart and its accessible table are one.
 */
export function HeatMap(props: {
  cells: HeatCell[];
  t: Dictionary['dashboard'];
  weekdays: string[];
  locale: 'id' | 'en';
  status?: ReactNode;
}) {
  const { t, cells, locale } = props;
  const max = Math.max(0, ...cells.map((c) => c.checkins));
  const at = new Map(cells.map((c) => [`${c.weekday}:${c.hour}`, c.checkins]));
  return (
    <section className="rounded-lg bg-white p-4 shadow-sm">
      <PanelHeading title={t.heatmap} status={props.status} />
      <p className="-mt-1 mb-2 text-xs text-slate-600">{t.heatmapNote}</p>
      {max === 0 ? (
        <Notice title={t.empty}>{t.emptyHint}</Notice>
      ) : (
        <div className="relative overflow-x-auto">
          <table
            className="w-full border-separate border-spacing-0.5 text-center text-[10px]"
            data-testid="heatmap"
          >
            <caption className="sr-only">{t.heatmap}</caption>
            <thead>
              <tr>
                <th scope="col" className="text-left">
                  {t.weekday}
                </th>
                {hours.map((h) => (
                  <th key={h} scope="col" className="font-normal text-slate-500">
                    {formatHour(h, locale).slice(0, 2)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.weekdays.map((day, i) => (
                <tr key={day}>
                  <th scope="row" className="pr-1 text-left font-normal">
                    {day}
                  </th>
                  {hours.map((h) => {
                    const n = at.get(`${i + 1}:${h}`) ?? 0;
                    const share = n / max;
                    return (
                      <td
                        key={h}
                        title={`${day} ${formatHour(h, locale)}: ${formatNumber(n, locale)}`}
                        className={`min-w-6 rounded-sm py-1 tabular-nums ${share > 0.55 ? 'text-white' : 'text-slate-700'}`}
                        style={{
                          backgroundColor: n
                            ? `rgba(4, 120, 87, ${0.12 + 0.88 * share})`
                            : '#f8fafc',
                        }}
                      >
                        {n ? formatNumber(n, locale) : ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
