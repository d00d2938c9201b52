import type { Ctx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { type ExportFormat, statsExport } from '@/lib/exports/stats-export';
import { groupings } from '@/lib/stats/grouped';
import { dateRange } from '@/lib/stats/range';
import { addDays, localDate } from '@/lib/time/local';

export type ExportRun = { format: ExportFormat; grouping: string; rows: number; bytes: number; seconds: number };

/** Reads a stream to its end, counting bytes and lines, keeping nothing. */
async function drain(body: ReadableStream<Uint8Array>): Promise<{ bytes: number; lines: number }> {
  let bytes = 0;
  let lines = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const b of chunk) if (b === 10) lines++;
  }
  return { bytes, lines };
}

/**
 * Every grouping of a year of the unit's statistics as CSV and XLSX, through the same function
 * the route handlers answer with, each stream read to its end. Peak RSS is sampled meanwhile.
 */
export async function measureExports(ctx: Ctx & { readDb: Db }, now = new Date()) {
  const today = localDate(now, ctx.unit.timeZone);
  const range = dateRange(addDays(today, -364), today, ctx.unit.timeZone);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const runs: ExportRun[] = [];
  const started = performance.now();
  try {
    for (const grouping of groupings) {
      for (const format of ['csv', 'xlsx'] as const) {
        const start = performance.now();
        const res = await statsExport(ctx, format, { range, grouping }, 'id');
        const { bytes, lines } = await drain(res.body!);
        const seconds = (performance.now() - start) / 1000;
        // CSV: header and total rows aside; XLSX is zipped, so count the table from the CSV run.
        const rows = format === 'csv' ? lines - 2 : (runs.at(-1)?.rows ?? 0);
        runs.push({ format, grouping, rows, bytes, seconds });
      }
    }
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return { range, runs, seconds: (performance.now() - started) / 1000, peakRssMb: peak / 2 ** 20 };
}
