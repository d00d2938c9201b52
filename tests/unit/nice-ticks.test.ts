import fc from 'fast-check';
import { expect, it } from 'vitest';
import { niceTicks } from '@/lib/charts/nice-ticks';

it('ticks at round values a reader counts in', () => {
  expect(niceTicks(380)).toEqual([0, 100, 200, 300, 400]);
  expect(niceTicks(437)).toEqual([0, 100, 200, 300, 400, 500]);
  expect(niceTicks(95)).toEqual([0, 20, 40, 60, 80, 100]);
  expect(niceTicks(101)).toEqual([0, 25, 50, 75, 100, 125]);
  expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
  expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
  expect(niceTicks(1)).toEqual([0, 1]);
  expect(niceTicks(16_985)).toEqual([0, 5000, 10_000, 15_000, 20_000]);
});

it('draws an axis for an empty chart', () => {
  expect(niceTicks(0)).toEqual([0, 1]);
  expect(niceTicks(Number.NaN)).toEqual([0, 1]);
});

it('always starts at 0, reaches the maximum, steps evenly by a whole 1, 2, 2.5 or 5 × 10ⁿ, in few ticks', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10_000_000 }), (max) => {
      const ticks = niceTicks(max);
      const step = ticks[1]!;
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.at(-1)! - step).toBeLessThan(max);
      expect(ticks.every((t, i) => t === i * step)).toBe(true);
      expect(Number.isInteger(step)).toBe(true);
      expect(String(step)).toMatch(/^(1|2|25|5)0*$/);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }),
  );
});
