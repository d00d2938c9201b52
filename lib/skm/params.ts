import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { MAX_DAYS } from '@/lib/stats/range';
import { addDays } from '@/lib/time/local';
import { calendarDay, parseInput } from '@/lib/validation';
import type { DayRange } from './report';

const rangeQuery = z.object({ from: calendarDay, to: calendarDay });

/** `from` and `to` (YYYY-MM-DD, inclusive) of a survey report: in order and at most a year apart. */
export function parseDayRange(params: URLSearchParams): DayRange {
  const { from, to } = parseInput(rangeQuery, { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined });
  if (from > to || addDays(from, MAX_DAYS - 1) < to) {
    throw new AppError('invalid', { message: 'Rentang tanggal tidak valid: tanggal awal sebelum tanggal akhir, paling lama satu tahun.' });
  }
  return { first: from, last: to };
}
