import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { addDays, localDate, startOfLocalDay } from '@/lib/time/local';
import { calendarDay } from '@/lib/validation';

export const rangePresets = ['today', '7d', '30d', 'custom'] as const;
export type RangePreset = (typeof rangePresets)[number];

/** Whole local days [first, last], and the instants [start, end) that bound them. */
export type DateRange = { preset: RangePreset; first: string; last: string; start: Date; end: Date; days: number };

/** The longest range any statistic covers; loops over a range's days are bounded by it. */
export const MAX_DAYS = 366;

export const rangeQueryParams = z.object({
  range: z.enum(rangePresets).catch('today'),
  from: calendarDay.optional().catch(undefined),
  to: calendarDay.optional().catch(undefined),
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A range of whole days; refuses one that is not 1 to MAX_DAYS days of four-digit years. */
export function dateRange(first: string, last: string, timeZone: string, preset: RangePreset = 'custom'): DateRange {
  const start = startOfLocalDay(first, timeZone);
  const end = startOfLocalDay(addDays(last, 1), timeZone);
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000);
  if (!DAY.test(first) || !DAY.test(last) || !(days >= 1 && days <= MAX_DAYS)) {
    throw new AppError('invalid', { message: 'Rentang tanggal tidak valid.' });
  }
  return { preset, first, last, start, end, days };
}

/**
 * The dashboard's range from its query string, in the unit's zone. A malformed, out-of-window
 * (lib/validation.ts) or reversed custom range falls back to today; a custom one is capped at
 * MAX_DAYS, keeping its end.
 */
export function parseRange(raw: Record<string, string | undefined>, timeZone: string, now = new Date()): DateRange {
  const { range, from, to } = rangeQueryParams.parse(raw);
  const today = localDate(now, timeZone);
  if (range === '7d') return dateRange(addDays(today, -6), today, timeZone, range);
  if (range === '30d') return dateRange(addDays(today, -29), today, timeZone, range);
  if (range === 'custom' && from && to && from <= to) {
    const first = from < addDays(to, -(MAX_DAYS - 1)) ? addDays(to, -(MAX_DAYS - 1)) : from;
    return dateRange(first, to, timeZone, range);
  }
  return dateRange(today, today, timeZone, 'today');
}
