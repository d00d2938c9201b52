import type { Dictionary } from '@/lib/i18n/id';
import type { ChildTableParams } from '@/lib/stats/children';
import type { Overview as OverviewData } from '@/lib/stats/dashboard';
import { StatusPatterns } from '@/components/charts/StatusPatterns';
import { ChildUptakeTable } from './ChildUptakeTable';
import { DailySection } from './DailySection';
import { HeatMap } from './HeatMap';
import { LiveOverview } from './LiveOverview';
import { ReasonsSection } from './ReasonsSection';
import { ServiceSection } from './ServiceSection';

/** The overview's figures, top to bottom: today live, the range's charts, the child units. */
export function Overview(props: {
  unit: { id: number; timeZone: string };
  data: OverviewData;
  table: ChildTableParams;
  rangeQuery: Record<string, string | undefined>;
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
        t={d}
        statusNames={t.statuses}
        weekday={props.weekday}
        locale={locale}
        timeZone={unit.timeZone}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <DailySection days={data.days} marks={data.marks} t={d} statusNames={t.statuses} locale={locale} />
        <ServiceSection
          rows={data.services}
          t={d}
          categories={t.categories}
          notAdmitted={d.counters.notAdmitted}
          locale={locale}
        />
      </div>
      <ReasonsSection counts={data.reasons} t={d.reasons} locale={locale} />
      <HeatMap cells={data.heat} t={d} weekdays={t.weekdays} locale={locale} />
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
