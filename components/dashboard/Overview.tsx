import type { Dictionary } from '@/lib/i18n/id';
import type { ChildTableParams } from '@/lib/attention/table';
import type { Overview as OverviewData } from '@/lib/stats/dashboard';
import { AttentionList } from '@/components/attention/AttentionList';
import { StatusPatterns } from '@/components/charts/StatusPatterns';
import { ChildUnits } from './ChildUnits';
import { LiveOverview } from './LiveOverview';
import { LiveRangePanels } from './LiveRangePanels';
import { queryString } from './query';

/** The overview's figures, top to bottom: today live, what needs attention, the range's charts, the child units. */
export function Overview(props: {
  unit: { id: number; timeZone: string };
  data: OverviewData;
  table: ChildTableParams;
  /** The range's last day: the child table's range figures follow the live stream when it is today. */
  rangeLast: string;
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
      <AttentionList
        unitId={unit.id}
        initial={data.live}
        rangeQuery={props.rangeQuery}
        t={t.attention}
        kinds={t.kinds}
        locale={locale}
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
      <ChildUnits
        unitId={unit.id}
        initial={data.live}
        range={{ last: props.rangeLast, figures: data.childRange }}
        params={props.table}
        rangeQuery={props.rangeQuery}
        t={d}
        words={t.attention}
        kinds={t.kinds}
        noChildren={t.unit.noChildren}
        locale={locale}
        timeZone={unit.timeZone}
        weekday={props.weekday}
      />
    </>
  );
}
