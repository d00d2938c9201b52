import { writeAudit } from '@/lib/audit/log';
import type { Ctx } from '@/lib/context';
import { csvStream } from '@/lib/exports/csv';
import { attachment } from '@/lib/exports/names';
import type { Cell, ExportTable } from '@/lib/exports/table';
import { xlsxStream } from '@/lib/exports/xlsx';
import { getLocale, type Locale } from '@/lib/i18n';
import { unitRoute } from '@/lib/http/unit-route';
import { en } from '@/lib/i18n/en';
import { id } from '@/lib/i18n/id';
import { type SkmSums, skmIndex } from './ikm';
import { parseDayRange } from './params';
import { type DayRange, skmSums } from './report';
import { unsurCodes } from './vocabulary';
import { slug } from '@/lib/text/slug';

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * The report table of the regulation's annex, per element: the sum of its scores, its NRR and
 * its weighted NRR (NRR / 9), then the sum of the weighted NRR, the IKM (× 25), the quality and
 * the number of respondents. From the daily rollups: a regency's year is as quick as a village's.
 */
export function skmTable(sums: SkmSums, locale: Locale): ExportTable {
  const t = (locale === 'en' ? en : id).skm;
  const index = skmIndex(sums);
  const words =
    locale === 'en'
      ? { code: 'Code', total: 'Sum of scores', weighted: 'Weighted mean', sumWeighted: 'Sum of weighted means', ikm: 'IKM (× 25)' }
      : { code: 'Kode', total: 'Jumlah nilai', weighted: 'NRR tertimbang', sumWeighted: 'Jumlah NRR tertimbang', ikm: 'IKM (× 25)' };
  const nrr = sums.n ? sums.sums.map((s) => s / sums.n) : null;
  const rows: Cell[][] = unsurCodes.map((code, i) => [
    code,
    t.unsur[code],
    sums.sums[i] ?? 0,
    nrr ? round(nrr[i]!, 2) : null,
    nrr ? round(nrr[i]! / 9, 4) : null,
  ]);
  rows.push(
    ['', words.sumWeighted, null, null, nrr ? round(nrr.reduce((a, b) => a + b, 0) / 9, 4) : null],
    ['', words.ikm, null, null, index.ikm],
    ['', t.report.mutu, null, null, index.mutu ? `${index.mutu} (${t.mutu[index.mutu]})` : null],
    ['', t.report.responses, sums.n, null, null],
  );
  return {
    columns: [
      { key: 'code', header: words.code, kind: 'text' },
      { key: 'unsur', header: t.report.unsur, kind: 'text' },
      { key: 'total', header: words.total, kind: 'count' },
      { key: 'nrr', header: t.report.nrr, kind: 'decimal' },
      { key: 'weighted', header: words.weighted, kind: 'decimal' },
    ],
    rows,
    footerRows: 4, // the sums, the index, its quality and the respondents: kept out of the filter
  };
}

/** The table as CSV or XLSX, recorded in the unit's audit log before the first byte leaves. */
export async function skmExport(ctx: Ctx, format: 'csv' | 'xlsx', range: DayRange, locale: Locale): Promise<Response> {
  const { db, actor, unit } = ctx;
  const table = skmTable(await skmSums(ctx, range), locale);
  const name = `ikm-${slug(unit.name)}-${range.first}_${range.last}.${format}`;
  await writeAudit(db, {
    actorId: actor.id,
    unitId: unit.id,
    action: 'stats.export',
    targetType: 'skm',
    targetId: format,
    after: { format, from: range.first, to: range.last, file: name },
  });
  const body = format === 'csv' ? csvStream(table) : xlsxStream(table, 'IKM');
  const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return new Response(body as BodyInit, { headers: { 'content-type': type, 'content-disposition': attachment(name), 'cache-control': 'private, no-store' } });
}

/** GET …/skm/export.csv|export.xlsx?from=&to=&lang= for those who may export statistics. */
export const skmExportRoute = (format: 'csv' | 'xlsx') =>
  unitRoute('stats.export', async (req, ctx) => {
    const params = new URL(req.url).searchParams;
    const range = parseDayRange(params);
    const lang = params.get('lang');
    return skmExport(ctx, format, range, lang === 'en' || lang === 'id' ? lang : await getLocale());
  });
