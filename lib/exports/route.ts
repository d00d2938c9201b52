import { getLocale } from '@/lib/i18n';
import { unitRoute } from '@/lib/http/unit-route';
import { parseStatsQuery } from '@/lib/stats/params';
import { type ExportFormat, statsExport } from './stats-export';

/** GET …/stats/export.csv|export-excel.csv|export.xlsx|chart.png?range=&from=&to=&group=&lang= for stats.export. */
export const exportRoute = (format: ExportFormat) =>
  unitRoute('stats.export', async (req, ctx) => {
    const query = parseStatsQuery(
      Object.fromEntries(new URL(req.url).searchParams),
      ctx.unit.timeZone,
    );
    return statsExport(ctx, format, query, query.lang ?? (await getLocale()));
  });
