import { z } from 'zod';
import { calendarDay } from '@/lib/validation';
import { AppError } from '@/lib/errors';
import { addDays, localDate } from '@/lib/time/local';
import { type Grouping, groupings } from './grouped';
import { type DateRange, dateRange, MAX_DAYS, parseRange, rangePresets } from './range';

export const statsQueryParams = z.object({
  range: z.enum(rangePresets).optional(),
  from: calendarDay.optional(),
  to: calendarDay.optional(),
  group: z.enum(groupings).optional(),
  lang: z.enum(['id', 'en']).optional(),
});

export type StatsQuery = { range: DateRange; grouping: Grouping; lang?: 'id' | 'en' };

const invalid = (message = 'Rentang atau pengelompokan tidak valid: pilih tanggal awal sebelum tanggal akhir (paling lama satu tahun) dan pengelompokan yang tersedia.') =>
  new AppError('invalid', { message });

/**
 * The statistics page's and the exports' query: a range (the last 30 days unless told) and a
 * grouping. Unlike the dashboard, a malformed or too long range is refused, not replaced:
 * an export must hold exactly what was asked for.
 */
export function parseStatsQuery(raw: Record<string, string | undefined>, timeZone: string, now = new Date()): StatsQuery {
  const parsed = statsQueryParams.safeParse(raw);
  if (!parsed.success) throw invalid();
  const { range = raw.from || raw.to ? 'custom' : '30d', from, to, group = 'day', lang } = parsed.data;
  if (range !== 'custom') return { range: parseRange({ range }, timeZone, now), grouping: group, lang };
  if (!from || !to || from > to || addDays(from, MAX_DAYS - 1) < to) throw invalid();
  if (from > localDate(now, timeZone)) throw invalid('Tanggal awal belum tiba: pilih tanggal hari ini atau sebelumnya.');
  return { range: dateRange(from, to, timeZone), grouping: group, lang };
}
