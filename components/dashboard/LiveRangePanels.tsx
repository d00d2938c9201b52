'use client';

import { UpdatedAgo } from '@/components/live/UpdatedAgo';
import { useLivePanel } from '@/components/live/use-live-panel';
import type { Dictionary } from '@/lib/i18n/id';
import type { LiveSnapshot, RangePanels } from '@/lib/stats/dashboard';
import { DailySection } from './DailySection';
import { HeatMap } from './HeatMap';
import { ReasonsSection } from './ReasonsSection';
import { ServiceSection } from './ServiceSection';

/**
 * The range's panels (by day, by service, refusals, busy times), read again whenever the
 * unit's live stream reports a check-in while the range reaches today; otherwise, and while
 * the stream is away, each says how old its figures are.
 */
export function LiveRangePanels(props: {
  unitId: number;
  initial: RangePanels;
  /** The overview's own snapshot: when its figures were read, and what they showed. */
  baseline: LiveSnapshot;
  /** The range as the page's query string (range, from, to). */
  query: string;
  /** The range reaches today: a check-in can change it. */
  live: boolean;
  t: Pick<Dictionary, 'dashboard' | 'statuses' | 'categories' | 'weekdays'>;
  locale: 'id' | 'en';
}) {
  const { t, locale } = props;
  const d = t.dashboard;
  const panel = useLivePanel(props.unitId, {
    url: `/api/units/${props.unitId}/overview?${props.query}`,
    initial: props.initial,
    readAt: props.baseline.at,
    baseline: props.baseline,
    live: props.live,
  });
  const data = panel.data;
  const status = panel.live ? undefined : <UpdatedAgo at={panel.at} t={d} />;
  return (
    <>
      <div className="grid gap-4 lg:grid-cols-2">
        <DailySection
          days={data.days}
          marks={data.marks}
          t={d}
          statusNames={t.statuses}
          locale={locale}
          status={status}
        />
        <ServiceSection
          rows={data.services}
          t={d}
          categories={t.categories}
          notAdmitted={d.counters.notAdmitted}
          locale={locale}
          status={status}
        />
      </div>
      <ReasonsSection counts={data.reasons} t={d.reasons} locale={locale} status={status} />
      <HeatMap cells={data.heat} t={d} weekdays={t.weekdays} locale={locale} status={status} />
    </>
  );
}
