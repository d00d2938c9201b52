import { Notice } from '@/components/ui/Notice';
import { Overview } from '@/components/dashboard/Overview';
import { RangePicker } from '@/components/dashboard/RangePicker';
import { QueueSection } from '@/components/dashboard/QueueSection';
import { SetupChecklist } from '@/components/dashboard/SetupChecklist';
import { SkmSection } from '@/components/dashboard/SkmSection';
import { UpdatedAgo } from '@/components/live/UpdatedAgo';
import { UnitDetails } from '@/components/dashboard/UnitDetails';
import { SkmSuggestions } from '@/components/stats/SkmSuggestions';
import { childTableParams } from '@/lib/attention/table';
import { can, rolesOn } from '@/lib/auth/permissions';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary, getLocale } from '@/lib/i18n';
import { queueSummary } from '@/lib/queue/summary';
import { skmOverview } from '@/lib/skm/report';
import { overview } from '@/lib/stats/dashboard';
import { parseRange } from '@/lib/stats/range';
import { setupProgress } from '@/lib/tenancy/setup';
import { unitTitle } from '@/lib/tenancy/labels';
import { timeZoneAbbreviation, type UnitTimeZone } from '@/lib/tenancy/time-zones';
import { localClock } from '@/lib/time/local';
import { firstValues } from '@/lib/validation';
import { log } from '@/lib/log';

type Query = Record<string, string | string[] | undefined>;

export default async function UnitPage({
  params,
  searchParams,
}: {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Query>;
}) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'unit.view', `/u/${unitId}`);
  const { actor, unit } = ctx;
  const query = firstValues(await searchParams);
  const [t, locale] = await Promise.all([getDictionary(), getLocale()]);
  const now = new Date();
  const range = parseRange(query, unit.timeZone, now);
  const table = childTableParams.parse(query);
  // The figures may lag a moment: read them from the replica when there is one.
  const figures = { ...ctx, db: ctx.readDb };
  // Those who set the unit up see how far it has come, until its first check-in.
  const admin = can(actor, 'services.manage', unit) && can(actor, 'posters.manage', unit);
  const [data, skm, queues, setup] = await Promise.all([
    overview(figures, range, now).catch((error: unknown) => {
      log.error({ err: error }, 'overview: the figures failed to load');
      return null;
    }),
    // The satisfaction index is a statistic: shown to those who read statistics.
    can(actor, 'stats.view', unit)
      ? skmOverview(figures, { first: range.first, last: range.last }).catch((error: unknown) => {
          log.error({ err: error }, 'overview: the survey figures failed to load');
          return null;
        })
      : null,
    queueSummary(figures, { first: range.first, last: range.last }).catch((error: unknown) => {
      log.error({ err: error }, 'overview: the queue figures failed to load');
      return null;
    }),
    admin ? setupProgress(ctx) : null,
  ]);
  const rangeQuery =
    range.preset === 'custom'
      ? { range: 'custom', from: range.first, to: range.last }
      : { range: range.preset === 'today' ? undefined : range.preset };
  const roles = actor.isSuperadmin ? ['superadmin' as const] : rolesOn(actor, unit);
  const tzName = timeZoneAbbreviation[unit.timeZone as UnitTimeZone] ?? unit.timeZone;
  // The empty charts point those who cannot put posters up elsewhere than the posters menu.
  const words = admin ? t : { ...t, dashboard: { ...t.dashboard, emptyHint: t.dashboard.emptyHintReader } };
  return (
    <div className="grid grid-cols-1 gap-4">
      {setup && !setup.checkin && <SetupChecklist unitId={unit.id} unitName={unitTitle(unit, t)} done={setup} t={t.setup} />}
      <RangePicker unitId={unit.id} range={range} tzName={tzName} t={t.dashboard} locale={locale} />
      {data ? (
        <Overview
          unit={unit}
          data={data}
          table={table}
          rangeLast={range.last}
          rangeQuery={rangeQuery}
          rangeIsLive={range.end > now}
          weekday={t.weekdays[localClock(now, unit.timeZone).weekday - 1]!}
          t={words}
          locale={locale}
        />
      ) : (
        <Notice tone="error" title={t.dashboard.failed}>{t.dashboard.failedHint}</Notice>
      )}
      {skm && (
        <SkmSection
          index={skm.index}
          weakest={skm.weakest}
          t={t.skm}
          locale={locale}
          status={<UpdatedAgo at={now.getTime()} t={t.dashboard} />}
        >
          {skm.suggestions && <SkmSuggestions suggestions={skm.suggestions} t={t.skm.report} locale={locale} />}
        </SkmSection>
      )}
      {queues && queues.length > 0 && (
        <QueueSection unitId={unit.id} rows={queues} day={can(actor, 'stats.export', unit) ? range.last : null} t={t.queue.stats} locale={locale} />
      )}
      <UnitDetails
        unit={unit}
        roles={roles.map((r) => t.roles[r])}
        canAddChild={can(actor, 'units.manage', unit) && unit.kind !== 'venue'}
        t={t}
      />
    </div>
  );
}
