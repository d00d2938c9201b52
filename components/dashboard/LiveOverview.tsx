'use client';

import { ChartTable } from '@/components/charts/ChartTable';
import { StatusBarChart } from '@/components/charts/StatusBarChart';
import { StatusLegend } from '@/components/charts/StatusLegend';
import { fillIn, formatChange, formatHour, formatNumber, formatTime } from '@/lib/i18n/format';
import { dataCovers } from '@/lib/stats/compare';
import { addDays, localDate } from '@/lib/time/local';
import type { Dictionary } from '@/lib/i18n/id';
import type { Counters } from '@/lib/stats/overview';
import type { LiveSnapshot } from '@/lib/stats/dashboard';
import { statuses } from '@/lib/services/vocabulary';
import { Notice } from '@/components/ui/Notice';
import { useLiveSnapshot } from './useLiveSnapshot';

const counterKeys = [
  'checkins',
  'admitted',
  'notAdmitted',
  'inside',
] as const satisfies readonly (keyof Counters)[];

/** Today's counters and hourly chart, kept current by the unit's live stream. */
export function LiveOverview(props: {
  unitId: number;
  initial: LiveSnapshot;
  /** The first local day with a check-in in the subtree (null before the first). */
  firstDay: string | null;
  t: Dictionary['dashboard'];
  statusNames: Dictionary['statuses'];
  weekday: string;
  locale: 'id' | 'en';
  timeZone: string;
}) {
  const { t, locale, weekday } = props;
  const { snapshot, connected } = useLiveSnapshot(props.unitId, props.initial);
  const { today, lastWeek } = snapshot.counters;
  const number = (n: number) => formatNumber(n, locale);
  const lastWeekName = fillIn(t.lastWeekLine, { weekday });
  // Last week counts only if the data reaches back to it: "+12" against days before the first check-in says nothing.
  const compared = dataCovers(
    props.firstDay,
    addDays(localDate(new Date(snapshot.at), props.timeZone), -7),
  );
  const updated = formatTime(new Date(snapshot.at), props.timeZone, locale);

  return (
    <section aria-labelledby="live-title" className="grid gap-4">
      <h2 id="live-title" className="flex flex-wrap items-center gap-3 font-semibold">
        {t.today}
        <span
          role="status"
          className={`text-xs font-normal ${connected ? 'text-emerald-700' : 'text-slate-500'}`}
        >
          {connected ? `● ${t.live}` : `○ ${t.offline}`} · {fillIn(t.updated, { time: updated })}
        </span>
      </h2>
      <ul className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {counterKeys.map((key) => {
          const change = today[key] - lastWeek[key];
          return (
            <li
              key={key}
              className="rounded-lg bg-white p-4 shadow-sm"
              data-testid={`counter-${key}`}
            >
              <p className="text-sm text-slate-600">{t.counters[key]}</p>
              <p className="text-3xl font-bold tabular-nums">{number(today[key])}</p>
              <p className="text-xs text-slate-500">
                {!compared
                  ? fillIn(t.noComparison, { weekday })
                  : change === 0
                    ? fillIn(t.unchanged, { weekday })
                    : fillIn(t.versus, { change: formatChange(change, locale), weekday })}
              </p>
            </li>
          );
        })}
      </ul>
      <div className="rounded-lg bg-white p-4 shadow-sm">
        <h3 className="mb-2 font-semibold">{t.hourly}</h3>
        {today.checkins === 0 && snapshot.hourly.every((h) => h.lastWeek === 0) ? (
          <Notice title={t.emptyToday} />
        ) : (
          <StatusBarChart
            title={t.hourly}
            data={snapshot.hourly.map((h) => ({
              label: formatHour(h.hour, locale),
              ...h.byStatus,
              compare: h.lastWeek,
            }))}
            names={props.statusNames}
            compareName={compared ? lastWeekName : undefined}
            locale={locale}
          />
        )}
        <StatusLegend
          names={props.statusNames}
          title={t.legend}
          extra={
            compared
              ? {
                  label: lastWeekName,
                  swatch: (
                    <svg width="18" height="14" aria-hidden="true">
                      <line
                        x1="0"
                        y1="7"
                        x2="18"
                        y2="7"
                        stroke="#475569"
                        strokeWidth="2"
                        strokeDasharray="5 3"
                      />
                    </svg>
                  ),
                }
              : undefined
          }
        />
        <ChartTable
          testId="hourly-table"
          summary={t.table}
          caption={t.hourly}
          head={[t.hour, ...statuses.map((s) => props.statusNames[s]), t.total, lastWeekName]}
          rows={snapshot.hourly.map((h) => [
            formatHour(h.hour, locale),
            ...statuses.map((s) => number(h.byStatus[s])),
            number(h.total),
            number(h.lastWeek),
          ])}
        />
      </div>
    </section>
  );
}
