import { writeAudit } from '@/lib/audit/log';
import type { Ctx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { en } from '@/lib/i18n/en';
import { id } from '@/lib/i18n/id';
import { groupedStats, timeGroupings } from '@/lib/stats/grouped';
import type { Locale } from '@/lib/i18n';
import { formatDay } from '@/lib/i18n/format';
import { rowLabel } from '@/lib/stats/labels';
import type { StatsQuery } from '@/lib/stats/params';
import { markedRows, policyMarks } from '@/lib/stats/policy-marks';
import { unitTitle } from '@/lib/tenancy/labels';
import { chartPng } from './chart';
import { csvStream } from './csv';
import { attachment, downloadName } from './names';
import { exportTable } from './table';
import { xlsxStream } from './xlsx';

export const exportFormats = ['csv', 'xlsx', 'png'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
};

/**
 * One export of a unit's statistics: the table (CSV, XLSX) or its chart (PNG), aggregates
 * only, read from `readDb` (a replica when configured). Recorded in the unit's audit log (who
 * exported which range and grouping) on the primary before the first byte leaves.
 */
export async function statsExport(ctx: Ctx & { readDb: Db }, format: ExportFormat, query: StatsQuery, locale: Locale) {
  const { db, readDb, actor, unit } = ctx;
  const t = locale === 'en' ? en : id;
  const figures = { ...ctx, db: readDb };
  const stats = await groupedStats(figures, query.range, query.grouping);
  // The chart image marks entry policy changes where dates run along its axis, as the page does.
  const marks =
    format === 'png' && timeGroupings.includes(query.grouping)
      ? markedRows(await policyMarks(figures, query.range), stats.rows, query.grouping).map(({ row, label }) => ({ bar: row, label }))
      : [];
  const name = downloadName(unit, query.range, query.grouping, locale, format);
  await writeAudit(db, {
    actorId: actor.id,
    unitId: unit.id,
    action: 'stats.export',
    targetType: 'stats',
    targetId: format,
    after: { format, grouping: query.grouping, from: query.range.first, to: query.range.last, rows: stats.rows.length, file: name },
  });
  const range = `${formatDay(query.range.first, locale)} – ${formatDay(query.range.last, locale)}`;
  const body =
    format === 'csv'
      ? csvStream(exportTable(stats, t, locale))
      : format === 'xlsx'
        ? xlsxStream(exportTable(stats, t, locale), t.stats.groupings[query.grouping])
        : chartPng({
            title: `${unitTitle(unit, t)}: ${t.stats.chartTitle.replace('{grouping}', t.stats.groupings[query.grouping].toLowerCase())}`,
            subtitle: range,
            bars: stats.rows.map((r) => ({ label: rowLabel(r, query.grouping, t, locale), byStatus: r.byStatus })),
            legend: t.statuses,
            locale,
            marks,
          });
  return new Response(body as BodyInit, {
    headers: { 'content-type': contentTypes[format], 'content-disposition': attachment(name), 'cache-control': 'private, no-store' },
  });
}
