import { expect, it } from 'vitest';
import { comparisonPeriod, dataCovers } from '@/lib/stats/compare';
import { dateRange } from '@/lib/stats/range';

const TZ = 'Asia/Jakarta';
// Monday 23 November 2026, 10.30 WIB.
const NOW = new Date('2026-11-23T03:30:00Z');
const week = dateRange('2026-11-17', '2026-11-23', TZ);

it('compares a past week with the whole week before it when the data covers that week', () => {
  const past = dateRange('2026-11-10', '2026-11-16', TZ);
  expect(comparisonPeriod(past, '2026-09-09', NOW, TZ)).toMatchObject({
    first: '2026-11-03',
    last: '2026-11-09',
    start: new Date('2026-11-02T17:00:00Z'),
    end: new Date('2026-11-09T17:00:00Z'),
    cut: false,
  });
});

it('does not compare with a period that began before the data did, nor without any data', () => {
  expect(comparisonPeriod(week, '2026-11-10', NOW, TZ)).toMatchObject({
    first: '2026-11-10',
    last: '2026-11-16',
  });
  expect(comparisonPeriod(week, '2026-11-11', NOW, TZ)).toBeNull();
  expect(comparisonPeriod(week, '2026-11-20', NOW, TZ)).toBeNull();
  expect(comparisonPeriod(week, null, NOW, TZ)).toBeNull();
});

it('compares a range still under way with the same stretch of the period before', () => {
  const today = dateRange('2026-11-23', '2026-11-23', TZ, 'today');
  expect(comparisonPeriod(today, '2026-01-01', NOW, TZ)).toMatchObject({
    first: '2026-11-22',
    last: '2026-11-22',
    start: new Date('2026-11-21T17:00:00Z'),
    end: new Date('2026-11-22T03:30:00Z'), // Sunday until 10.30
    cut: true,
  });
  expect(comparisonPeriod(week, '2026-01-01', NOW, TZ)).toMatchObject({
    first: '2026-11-10',
    last: '2026-11-16',
    end: new Date('2026-11-16T03:30:00Z'),
    cut: true,
  });
});

it('counts a day as covered from the day of the first check-in on', () => {
  expect(dataCovers('2026-11-16', '2026-11-16')).toBe(true);
  expect(dataCovers('2026-11-16', '2026-11-23')).toBe(true);
  expect(dataCovers('2026-11-17', '2026-11-16')).toBe(false);
  expect(dataCovers(null, '2026-11-16')).toBe(false);
});

it('has nothing to compare for a range that has not begun', () => {
  expect(
    comparisonPeriod(dateRange('2026-11-24', '2026-11-30', TZ), '2026-01-01', NOW, TZ),
  ).toBeNull();
});
