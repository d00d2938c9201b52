import type { Dictionary } from '@/lib/i18n/id';
import type { ChildTableParams } from '@/lib/stats/children';
import type { Overview as OverviewData } from '@/lib/stats/dashboard';
import { StatusPatterns } from '@/components/charts/StatusPatterns';
import { ChildUptakeTable } from './ChildUptakeTable';
import { LiveOverview } from './LiveOverview';
import { LiveRangePanels } from './LiveRangePanels';
import { queryString } from './query';

/** The overview's figures, top to bottom: today live, the range's charts, the child units. */
export function Overview(props: {
  unit: { id: number; timeZone: string };
  data: OverviewData;
  table: ChildTableParams;
  rangeQuery: Record<string, string | undefined>;
  /** The range reaches today: its panels follow the live stream. */
  rangeIsLive: boolean;
  weekday: string;
  t: Dictionary;
  locale: 'id' | 'en';
}) {
  const { unit, data, t, locale } = props;
  const d = t.dashboard;
  return (
    <>
      <StatusPatterns />
      <LiveOverview
        unitId={unit.id}
        initial={data.live}
        firstDay={data.firstDay}
        t={d}
        statusNames={t.statuses}
        weekday={props.weekday}
        locale={locale}
        timeZone={unit.timeZone}
      />
      <LiveRangePanels
        unitId={unit.id}
        initial={{ days: data.days, marks: data.marks, services: data.services, heat: data.heat, reasons: data.reasons }}
        baseline={data.live}
        query={queryString(props.rangeQuery)}
        live={props.rangeIsLive}
        t={{ dashboard: d, statuses: t.statuses, categories: t.categories, weekdays: t.weekdays }}
        locale={locale}
      />
      <ChildUptakeTable
        unitId={unit.id}
        page={data.children}
        params={props.table}
        coverage={data.coverage}
        quietChildren={data.quietChildren}
        rangeQuery={props.rangeQuery}
        t={d}
        noChildren={t.unit.noChildren}
        kinds={t.kinds}
        locale={locale}
        timeZone={unit.timeZone}
      />
    </>
  );
}
