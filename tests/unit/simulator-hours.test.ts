import { expect, it } from 'vitest';
import type { OpeningHours } from '@/lib/db/schema';
import { doorHours } from '@/demo/history-points';
import { describeHours, isTargetOpen, nextTargetOpening, type SimTarget } from '@/demo/simulator';
import { officeHours } from '@/lib/services/input';

const day = { open: '08:00', close: '12:00' };
/** Open on one ISO weekday only (1 Monday). */
const onlyOn = (weekday: number): OpeningHours => Array.from({ length: 7 }, (_, i) => (i === weekday - 1 ? day : null));
const target = (hours: OpeningHours[], timeZone = 'Asia/Jakarta'): SimTarget => ({
  key: 'k',
  token: 't',
  entrance: true,
  weight: 1,
  timeZone,
  hours: doorHours(hours),
});

/** An instant given in WIB (UTC+7). */
const wib = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);

it('opens an entrance while any of its services is open, and only then', () => {
  const entrance = target([onlyOn(1), onlyOn(2)]);
  expect(isTargetOpen(entrance, wib('2026-11-30', '10:00'))).toBe(true); // Monday
  expect(isTargetOpen(entrance, wib('2026-12-01', '10:00'))).toBe(true); // Tuesday
  expect(isTargetOpen(entrance, wib('2026-12-02', '10:00'))).toBe(false); // Wednesday
  expect(isTargetOpen(entrance, wib('2026-11-30', '12:00'))).toBe(false); // the closing minute
});

it('gives a unit without services office hours', () => {
  expect(doorHours([])).toEqual([officeHours]);
  const bare = target([]);
  expect(isTargetOpen(bare, wib('2026-12-04', '10:59'))).toBe(true); // Friday
  expect(isTargetOpen(bare, wib('2026-12-04', '11:00'))).toBe(false); // Friday prayers
  expect(isTargetOpen(bare, wib('2026-11-29', '19:00'))).toBe(false); // Sunday evening
});

it('decides in the unit’s own zone and says when the quiet ends', () => {
  const sunday = wib('2026-11-29', '19:00');
  const makassar = target([onlyOn(1)], 'Asia/Makassar');
  // 08.00 WITA on Monday is 07.00 WIB.
  expect(nextTargetOpening([target([onlyOn(1)]), makassar], sunday)).toEqual(wib('2026-11-30', '07:00'));
  expect(isTargetOpen(makassar, wib('2026-11-30', '07:30'))).toBe(true);
  expect(describeHours([target([onlyOn(1)])], false, sunday)).toBe(
    'Scanning only within opening hours: 0 of 1 posters open now, quiet until 30 November 2026 at 08:00 WIB. --anytime scans around the clock.',
  );
  expect(describeHours([target([onlyOn(1)])], true, sunday)).toMatch(/around the clock/);
});
