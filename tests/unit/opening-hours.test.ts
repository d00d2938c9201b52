import { expect, it } from 'vitest';
import { isOpenAt, nextOpening } from '@/lib/services/hours';
import { officeHours } from '@/lib/services/input';

const WIB = 'Asia/Jakarta';
const WITA = 'Asia/Makassar';
const at = (iso: string) => new Date(iso);

it('tells when a service opens next, in the unit’s zone', () => {
  // Sunday evening in Bekasi: Monday 08.00 WIB.
  expect(nextOpening(officeHours, WIB, at('2026-11-29T20:00:00+07:00'))).toEqual(at('2026-11-30T08:00:00+07:00'));
  // Friday's short hours end at 11.00: the next opening is Monday.
  expect(nextOpening(officeHours, WIB, at('2026-11-27T11:00:00+07:00'))).toEqual(at('2026-11-30T08:00:00+07:00'));
  // At the opening minute itself, that minute; in WITA, 08.00 WITA.
  expect(nextOpening(officeHours, WIB, at('2026-11-30T08:00:00+07:00'))).toEqual(at('2026-11-30T08:00:00+07:00'));
  expect(nextOpening(officeHours, WITA, at('2026-11-30T07:30:00+08:00'))).toEqual(at('2026-11-30T08:00:00+08:00'));
  expect(nextOpening(Array(7).fill(null), WIB, at('2026-11-30T07:30:00+07:00'))).toBeNull();
});

it('is open from the opening minute to just before the closing minute', () => {
  expect(isOpenAt(officeHours, WITA, at('2026-11-30T07:59:00+08:00'))).toBe(false);
  expect(isOpenAt(officeHours, WITA, at('2026-11-30T08:00:00+08:00'))).toBe(true);
  expect(isOpenAt(officeHours, WITA, at('2026-11-30T14:59:59+08:00'))).toBe(true);
  expect(isOpenAt(officeHours, WITA, at('2026-11-30T15:00:00+08:00'))).toBe(false);
});
