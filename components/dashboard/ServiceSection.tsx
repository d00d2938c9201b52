import { ChartTable } from '@/components/charts/ChartTable';
import { ServiceBarChart } from '@/components/charts/ServiceBarChart';
import { Legend } from '@/components/charts/StatusLegend';
import { statusFill } from '@/components/charts/status-style';
import { fillIn, formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { ServiceRow } from '@/lib/stats/overview';
import { Notice } from '@/components/ui/Notice';
import type { ReactNode } from 'react';
import { PanelHeading } from './PanelHeading';

type Labels = { t: Dictionary['dashboard']; categories: Dictionary['categories'] };

function serviceName(row: ServiceRow, { t, categories }: Labels): string {
  if (row.kind === 'entrance') return t.entrance;
  if (row.kind === 'category') return categories[row.key as keyof typeof categories] ?? row.key;
  return row.label ?? fillIn(t.unnamedService, { id: row.key });
}

/** By service for a small unit; by service category for a unit that oversees many. */
export function ServiceSection(
  props: Labels & {
    rows: ServiceRow[];
    notAdmitted: string;
    locale: 'id' | 'en';
    status?: ReactNode;
  },
) {
  const { t, rows, locale } = props;
  const named = rows.map((r) => ({ ...r, name: serviceName(r, props) }));
  return (
    <section className="rounded-lg bg-white p-4 shadow-sm">
      <PanelHeading title={t.services} status={props.status} />
      {rows.length === 0 ? (
        <Notice title={t.empty}>{t.emptyHint}</Notice>
      ) : (
        <>
          <ServiceBarChart
            title={t.services}
            data={named.map((r) => ({
              label: r.name,
              admitted: r.admitted,
              notAdmitted: r.checkins - r.admitted,
            }))}
            admittedName={t.admitted}
            notAdmittedName={props.notAdmitted}
            locale={locale}
          />
          <Legend
            title={t.legend}
            items={[
              { label: t.admitted, fill: statusFill('hijau') },
              { label: props.notAdmitted, fill: statusFill('merah') },
            ]}
          />
          <ChartTable
            testId="services-table"
            summary={t.table}
            caption={t.services}
            head={[t.service, t.checkins, t.admitted, t.admittedShare]}
            rows={named.map((r) => [
              r.name,
              formatNumber(r.checkins, locale),
              formatNumber(r.admitted, locale),
              formatPercent(r.checkins ? r.admitted / r.checkins : 0, locale),
            ])}
          />
        </>
      )}
    </section>
  );
}
