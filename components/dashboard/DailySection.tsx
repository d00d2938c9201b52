import { ChartTable } from '@/components/charts/ChartTable';
import { PolicyMarkList } from '@/components/charts/PolicyMarks';
import { StatusBarChart } from '@/components/charts/StatusBarChart';
import { StatusLegend } from '@/components/charts/StatusLegend';
import { formatDay, formatNumber } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { DayRow } from '@/lib/stats/overview';
import { markedRows } from '@/lib/stats/mark-rows';
import type { PolicyMark } from '@/lib/stats/policy-marks';
import { statuses } from '@/lib/services/vocabulary';
import { Notice } from '@/components/ui/Notice';
import type { ReactNode } from 'react';
import { PanelHeading } from './PanelHeading';

export function DailySection(props: {
  days: DayRow[];
  marks: PolicyMark[];
  t: Dictionary['dashboard'];
  statusNames: Dictionary['statuses'];
  locale: 'id' | 'en';
  status?: ReactNode;
}) {
  const { t, days, locale, statusNames } = props;
  const number = (n: number) => formatNumber(n, locale);
  const label = (date: string) => formatDay(date, locale, 'short');
  return (
    <section className="rounded-lg bg-white p-4 shadow-sm">
      <PanelHeading title={t.daily} status={props.status} />
      {days.every((d) => d.total === 0) ? (
        <Notice title={t.empty}>{t.emptyHint}</Notice>
      ) : (
        <>
          <StatusBarChart
            title={t.daily}
            data={days.map((d) => ({ label: label(d.date), ...d.byStatus }))}
            marks={markedRows(props.marks, days.map((d) => ({ key: d.date })), 'day').map((m) => ({ x: label(days[m.row]!.date), label: m.label }))}
            names={statusNames}
            locale={locale}
          />
          <StatusLegend names={statusNames} title={t.legend} />
        </>
      )}
      <PolicyMarkList marks={props.marks} t={t} statusNames={statusNames} locale={locale} />
      {/* Days with zeros are figures too: the table stays when the chart has nothing to draw. */}
      <ChartTable
        testId="daily-table"
        summary={t.table}
        caption={t.daily}
        head={[t.date, ...statuses.map((s) => statusNames[s]), t.total, t.admitted]}
        rows={days.map((d) => [
          formatDay(d.date, locale),
          ...statuses.map((s) => number(d.byStatus[s])),
          number(d.total),
          number(d.admitted),
        ])}
      />
    </section>
  );
}
