import Link from 'next/link';
import { SkmSection } from '@/components/dashboard/SkmSection';
import { CopySummary } from '@/components/stats/CopySummary';
import { KeyFigures } from '@/components/stats/KeyFigures';
import { SkmSuggestions } from '@/components/stats/SkmSuggestions';
import { PublicSwitch } from '@/components/stats/PublicSwitch';
import { PolicyMarkList } from '@/components/charts/PolicyMarks';
import { StatusBarChart } from '@/components/charts/StatusBarChart';
import { StatusLegend } from '@/components/charts/StatusLegend';
import { StatusPatterns } from '@/components/charts/StatusPatterns';
import { StatsTable } from '@/components/stats/StatsTable';
import { can } from '@/lib/auth/permissions';
import { publicUrl } from '@/lib/config';
import { isAppError } from '@/lib/errors';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary, getLocale } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { id } from '@/lib/i18n/id';
import { groupedStats, groupings, timeGroupings } from '@/lib/stats/grouped';
import { rowLabel } from '@/lib/stats/labels';
import { parseStatsQuery, type StatsQuery } from '@/lib/stats/params';
import { markedRows } from '@/lib/stats/mark-rows';
import { policyMarks } from '@/lib/stats/policy-marks';
import { isPublic } from '@/lib/stats/public';
import { skmOverview } from '@/lib/skm/report';
import { summary } from '@/lib/stats/summary';
import { summaryText } from '@/lib/stats/summary-text';
import { unitTitle } from '@/lib/tenancy/labels';
import { children } from '@/lib/tenancy/units';
import { firstValues } from '@/lib/validation';

export default async function StatsPage({
  params,
  searchParams,
}: {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'stats.view', `/u/${unitId}/stats`);
  const { actor, unit } = ctx;
  const figures = { ...ctx, db: ctx.readDb };
  const t = await getDictionary();
  const locale = await getLocale();
  const raw = firstValues(await searchParams);
  let query: StatsQuery;
  let badRange = false;
  try {
    query = parseStatsQuery(raw, unit.timeZone);
  } catch (e) {
    if (!isAppError(e)) throw e;
    badRange = true;
    query = parseStatsQuery({ group: groupings.find((g) => g === raw.group) }, unit.timeZone);
  }
  const mayPublish = can(actor, 'stats.publish', unit);
  // The figures may lag a moment (replica); the units below and the admin's own switch may not.
  const [stats, below, published, marks, skm] = await Promise.all([
    groupedStats(figures, query.range, query.grouping),
    children(ctx),
    mayPublish && isPublic(ctx.db, unit.id),
    // Policy changes are marked where dates run along the axis.
    timeGroupings.includes(query.grouping) ? policyMarks(figures, query.range) : [],
    skmOverview(figures, { first: query.range.first, last: query.range.last }),
  ]);
  const sum = await summary(figures, query.range, [stats]);
  const presets = ['today', '7d', '30d'] as const;
  const qs = new URLSearchParams({ range: 'custom', from: query.range.first, to: query.range.last, group: query.grouping });
  const base = `/api/units/${unit.id}/stats`;
  const labels = stats.rows.map((r) => rowLabel(r, query.grouping, t, locale));
  const markAt = markedRows(marks, stats.rows, query.grouping).map((m) => ({ x: labels[m.row]!, label: m.label }));
  const texts = (['id', 'en'] as const).map((l) => {
    const d = l === 'id' ? id : en;
    return summaryText(sum, unitTitle(unit, d), sum.busiestService ? rowLabel(sum.busiestService, 'service', d, l) : null, l);
  });
  return (
    <div className="flex flex-col gap-4">
      <section className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 className="font-semibold">{t.stats.title}</h2>
        <p className="text-sm text-slate-600">{t.stats.subtree}</p>
        <nav aria-label={t.dashboard.range} className="flex flex-wrap gap-1 text-sm">
          {presets.map((p) => (
            <Link
              key={p}
              href={`/u/${unit.id}/stats?${new URLSearchParams({ range: p, group: query.grouping })}`}
              aria-current={query.range.preset === p ? 'page' : undefined}
              className={`rounded px-3 py-1.5 font-medium ${query.range.preset === p ? 'bg-emerald-700 text-white' : 'bg-slate-100 text-slate-800'}`}
            >
              {t.dashboard.ranges[p]}
            </Link>
          ))}
        </nav>
        <form className="flex flex-wrap items-end gap-2 text-sm">
          <input type="hidden" name="range" value="custom" />
          <label className="flex flex-col gap-1">
            {t.stats.from}
            <input type="date" name="from" defaultValue={query.range.first} className="rounded border border-slate-300 p-1.5" />
          </label>
          <label className="flex flex-col gap-1">
            {t.stats.to}
            <input type="date" name="to" defaultValue={query.range.last} className="rounded border border-slate-300 p-1.5" />
          </label>
          <label className="flex flex-col gap-1">
            {t.stats.grouping}
            <select name="group" defaultValue={query.grouping} className="rounded border border-slate-300 p-1.5">
              {groupings.map((g) => (
                <option key={g} value={g}>
                  {t.stats.groupings[g]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5">
            {t.stats.show}
          </button>
        </form>
        {badRange && (
          <p role="alert" className="text-sm text-red-700">
            {t.stats.badRange}
          </p>
        )}
        {below.length > 0 && (
          <details className="text-sm">
            <summary>{t.stats.below}</summary>
            <ul className="mt-2 grid gap-1 sm:grid-cols-3">
              {below.map((c) => (
                <li key={c.id}>
                  <Link href={`/u/${c.id}/stats?${qs}`}>{unitTitle(c, t)}</Link>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      <section className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="font-semibold">{t.stats.chartTitle.replace('{grouping}', t.stats.groupings[query.grouping].toLowerCase())}</h2>
          <div className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
            <span className="text-slate-500">{t.stats.download}:</span>
            <a href={`${base}/export.csv?${qs}&lang=${locale}`} download>
              {t.stats.csv}
            </a>
            <a href={`${base}/export-excel.csv?${qs}&lang=${locale}`} download>
              {t.stats.csvExcel}
            </a>
            <a href={`${base}/export.xlsx?${qs}&lang=${locale}`} download>
              {t.stats.xlsx}
            </a>
            <a href={`${base}/chart.png?${qs}&lang=${locale}`} download>
              {t.stats.png}
            </a>
          </div>
        </div>
        <KeyFigures summary={sum} t={t.stats.figures} locale={locale} />
        {stats.totals.checkins === 0 && <p className="text-sm text-slate-500">{t.stats.empty}</p>}
        <StatusPatterns />
        <StatusBarChart title={t.stats.title} data={stats.rows.map((r, i) => ({ label: labels[i]!, ...r.byStatus }))} marks={markAt} names={t.statuses} locale={locale} />
        <StatusLegend names={t.statuses} title={t.dashboard.legend} />
        <PolicyMarkList marks={marks} t={t.dashboard} statusNames={t.statuses} locale={locale} />
        <StatsTable rows={stats.rows.map((r, i) => ({ ...r, label: labels[i]! }))} totals={stats.totals} grouping={query.grouping} byTime={timeGroupings.includes(query.grouping)} t={t.stats} statusNames={t.statuses} locale={locale} />
      </section>
      <SkmSection index={skm.index} weakest={skm.weakest} t={t.skm} locale={locale}>
        <p className="mt-3 flex gap-2 text-sm">
          <span className="text-slate-500">{t.stats.download}:</span>
          <a href={`/api/units/${unit.id}/skm/export.csv?from=${query.range.first}&to=${query.range.last}&lang=${locale}`} download>
            {t.stats.csv} {t.skm.report.ikm}
          </a>
          <a href={`/api/units/${unit.id}/skm/export.xlsx?from=${query.range.first}&to=${query.range.last}&lang=${locale}`} download>
            {t.stats.xlsx} {t.skm.report.ikm}
          </a>
        </p>
        {skm.suggestions && <SkmSuggestions suggestions={skm.suggestions} t={t.skm.report} locale={locale} />}
      </SkmSection>
      <section className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm">
        <h2 className="font-semibold">{t.stats.summaryTitle}</h2>
        <CopySummary title={t.stats.summaryId} text={texts[0]!} t={t.stats} lang="id" />
        <CopySummary title={t.stats.summaryEn} text={texts[1]!} t={t.stats} lang="en" />
      </section>
      {mayPublish && <PublicSwitch unitId={unit.id} enabled={published} origin={publicUrl()} t={t.stats} />}
    </div>
  );
}
