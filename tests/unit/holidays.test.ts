import { describe, expect, it } from 'vitest';
import { isNationalDayOff } from '@/lib/time/holidays';

describe('the days offices close', () => {
  it('follows the decree where it is known: cuti bersama, and an Islamic date a calendar would miss', () => {
    expect(isNationalDayOff('2026-12-24')).toBe(true); // cuti bersama before Christmas
    expect(isNationalDayOff('2026-12-25')).toBe(true);
    expect(isNationalDayOff('2025-06-27')).toBe(true); // 1 Muharram as the government set it
    expect(isNationalDayOff('2025-06-26')).toBe(false); // the computed calendar's day before
    expect(isNationalDayOff('2026-12-23')).toBe(false);
  });

  it('computes the national holidays of a year without a known decree', () => {
    expect(isNationalDayOff('2028-08-17')).toBe(true);
    expect(isNationalDayOff('2028-12-25')).toBe(true);
    expect(isNationalDayOff('2028-01-01')).toBe(true);
    expect(isNationalDayOff('2028-08-18')).toBe(false);
  });
});
