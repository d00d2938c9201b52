import { writeAudit } from '@/lib/audit/log';
import type { Ctx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { en } from '@/lib/i18n/en';
import { id } from '@/lib/i18n/id';
import { groupedStats, type Grouping, type GroupRow, timeGroupings } from '@/lib/stats/grouped';
import type { Locale } from '@/lib/i18n';
import { fillIn, formatDateTime, formatDay } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import { rowLabel } from '@/lib/stats/labels';
import type { StatsQuery } from '@/lib/stats/params';
import { markedRows } from '@/lib/stats/mark-rows';
import { policyMarks } from '@/lib/stats/policy-marks';
import { unitTitle } from '@/lib/tenancy/labels';
import { timeZoneAbbreviation, type UnitTimeZone } from '@/lib/tenancy/time-zones';
import { chartPng } from './chart';
import { csvStream } from './csv';
import { attachment, downloadName } from './names';
import { exportTable } from './table';
import { xlsxStream } from './xlsx';

export const exportFormats = ['csv', 'csv-excel', 'xlsx', 'png'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const files: Record<ExportFormat, { ext: string; variant?: string; type: string }> = {
  csv: { ext: 'csv', type: 'text/csv; charset=utf-8' },
  'csv-excel': { ext: 'csv', variant: 'excel', type: 'text/csv; charset=utf-8' },
  xlsx: { ext: 'xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  png: { ext: 'png', type: 'image/png' },
};

/** A bar's label under the chart: short days ("23 Nov"); the subtitle carries the year. */
const barLabel = (r: GroupRow, grouping: Grouping, t: Dictionary, locale: Locale) =>
  grouping === 'day' || grouping === 'week'
    ? formatDay(r.key, locale, 'short')
    : rowLabel(r, grouping, t, locale);

/**
 * One export of a unit's statistics: the table (CSV, CSV for Excel in Indonesian, XLSX) or its
 * chart (PNG), aggregates only, read from `readDb` (a replica when configured). Recorded in the
 * unit's audit log (who exported which range and grouping) on the primary before the first byte leaves.
 */
export async function statsExport(
  ctx: Ctx & { readDb: Db },
  format: ExportFormat,
  query: StatsQuery,
  locale: Locale,
  now = new Date(),
) {
  const { db, readDb, actor, unit } = ctx;
  const t = locale === 'en' ? en : id;
  const figures = { ...ctx, db: readDb };
  const stats = await groupedStats(figures, query.range, query.grouping);
  // The chart image marks entry policy changes where dates run along its axis, as the page does.
  const marks =
    format === 'png' && timeGroupings.includes(query.grouping)
      ? markedRows(await policyMarks(figures, query.range), stats.rows, query.grouping).map(
          ({ row, label }) => ({ bar: row, label }),
        )
      : [];
  const file = files[format];
  const name = downloadName(unit, query.range, query.grouping, locale, file.ext, file.variant);
  await writeAudit(db, {
    actorId: actor.id,
    unitId: unit.id,
    action: 'stats.export',
    targetType: 'stats',
    targetId: format,
    after: {
      format,
      grouping: query.grouping,
      from: query.range.first,
      to: query.range.last,
      rows: stats.rows.length,
      file: name,
    },
  });
  const place = unitTitle(unit, t);
  const title = `${place}: ${t.stats.chartTitle.replace('{grouping}', t.stats.groupings[query.grouping].toLowerCase())}`;
  const range = `${formatDay(query.range.first, locale)} – ${formatDay(query.range.last, locale)}`;
  const source = fillIn(t.stats.source, {
    unit: place,
    tz: timeZoneAbbreviation[unit.timeZone as UnitTimeZone] ?? unit.timeZone,
    time: formatDateTime(now, unit.timeZone, locale),
  });
  const body =
    format === 'csv' || format === 'csv-excel'
      ? csvStream(exportTable(stats, t, locale), format === 'csv' ? 'standard' : 'excel-id')
      : format === 'xlsx'
        ? xlsxStream(
            { ...exportTable(stats, t, locale), title: `${title}, ${range}`, source },
            t.stats.groupings[query.grouping],
          )
        : chartPng({
            title,
            subtitle: range,
            axis: t.stats.columns.checkins,
            source,
            layout: timeGroupings.includes(query.grouping) ? 'columns' : 'rows',
            others: (n) => fillIn(t.stats.others, { n }),
            bars: stats.rows.map((r) => ({
              label: barLabel(r, query.grouping, t, locale),
              byStatus: r.byStatus,
            })),
            legend: t.statuses,
            locale,
            marks,
          });
  return new Response(body as BodyInit, {
    headers: {
      'content-type': file.type,
      'content-disposition': attachment(name),
      'cache-control': 'private, no-store',
    },
  });
}
