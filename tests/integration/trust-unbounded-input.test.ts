import { expect, it } from 'vitest';
import { auditFilter } from '@/lib/audit/filter';
import { AppError } from '@/lib/errors';
import { parsePosterSize } from '@/lib/posters/downloads';
import { overview } from '@/lib/stats/dashboard';
import { parseStatsQuery } from '@/lib/stats/params';
import { dateRange, MAX_DAYS, parseRange } from '@/lib/stats/range';
import { addDays } from '@/lib/time/local';
import { calendarDay, EARLIEST_DAY, latestDay } from '@/lib/validation';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas, unitByCode } from '../support/fixtures';
import { manualCheckin } from '@/lib/desk/desk';
import { createPoster } from '@/lib/posters/posters';
import { officeHours } from '@/lib/services/input';
import { createService } from '@/lib/services/services';
import { createChildUnit } from '@/lib/tenancy/child-units';
import { addEntryPolicy } from '@/lib/tenancy/entry-policy';

const TZ = 'Asia/Jakarta';
const NOW = new Date();
const today = NOW.toISOString().slice(0, 10);

/** Query strings the outside probe and a careless user would send (finding 1 of issue 14). */
const farRanges = [
  { range: 'custom', from: '9999-12-30', to: '9999-12-31' },
  { range: 'custom', from: '0001-01-01', to: '0001-12-31' },
  { range: 'custom', from: '1969-12-31', to: '1970-01-01' },
  { range: 'custom', from: '2019-12-31', to: '2020-01-01' },
  { range: 'custom', from: today, to: addDays(today, 400) },
  { range: 'custom', from: '+010000-01-01', to: '+010000-01-02' },
];

const refusedAsInvalid = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (e) {
    return e instanceof AppError && e.code === 'invalid';
  }
  return false;
};

const invalid = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError && e.code === 'invalid';
  }
  return false;
};

describeEachDatabase(
  'unbounded input',
  (get) => {
    it('a far date in the dashboard query falls back to today, and the page figures load at once', async () => {
      const unit = await unitByCode(get().db, '32.16');
      for (const raw of farRanges) {
        const range = parseRange(raw, TZ, NOW);
        expect(range, JSON.stringify(raw)).toMatchObject({ preset: 'today', days: 1 });
        const started = performance.now();
        const data = await overview({ db: get().db, unit }, range, NOW);
        expect(data.days).toHaveLength(1);
        expect(performance.now() - started).toBeLessThan(5_000);
      }
    });

    it('the statistics and exports refuse a far date with a clear error instead of computing it', () => {
      for (const raw of farRanges) {
        expect(invalid(() => parseStatsQuery(raw, TZ, NOW)), JSON.stringify(raw)).toBe(true);
      }
      expect(parseStatsQuery({ from: EARLIEST_DAY, to: addDays(EARLIEST_DAY, 30) }, TZ, NOW).range.days).toBe(31);
    });

    it('no range longer than the statistics allow can be built, whoever builds it', () => {
      expect(invalid(() => dateRange('2024-01-01', addDays('2024-01-01', MAX_DAYS), TZ))).toBe(true);
      expect(invalid(() => dateRange('2026-01-02', '2026-01-01', TZ))).toBe(true);
      expect(invalid(() => dateRange('+010000-01-01', '+010000-01-02', TZ))).toBe(true);
      expect(dateRange('2024-01-01', addDays('2024-01-01', MAX_DAYS - 1), TZ).days).toBe(MAX_DAYS);
    });

    it('the audit filter ignores a date outside the window', () => {
      expect(auditFilter({ from: '9999-12-31', to: '0001-01-01' }, TZ).query).toEqual({ action: undefined, from: undefined, to: undefined });
    });

    it('dates are accepted from 2020-01-01 to a year after today, no further', () => {
      expect(calendarDay.safeParse(EARLIEST_DAY).success).toBe(true);
      expect(calendarDay.safeParse(addDays(EARLIEST_DAY, -1)).success).toBe(false);
      expect(calendarDay.safeParse(latestDay()).success).toBe(true);
      expect(calendarDay.safeParse(addDays(latestDay(), 1)).success).toBe(false);
      expect(calendarDay.safeParse('2026-02-30').success).toBe(false);
    });

    it("a user's string is never looked up on a plain object: 'constructor' is not a paper size", () => {
      for (const raw of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'A4\u0000', 'a4']) {
        expect(invalid(() => parsePosterSize(raw)), raw).toBe(true);
      }
      expect(parsePosterSize('A5')).toBe('A5');
      expect(parsePosterSize(null)).toBe('A4');
    });

    it('bodies: ids beyond int4, NUL in text and far dates are refused as invalid before any SQL', async () => {
      const root = await actorWith(get().db, 'superadmin');
      const ctx = await ctxFor(get().db, root, '32.16.08.1008');
      for (const serviceId of [2 ** 31, 1e20, -1, 0, 1.5]) {
        expect(await refusedAsInvalid(createPoster(ctx, { label: 'Pintu', serviceId })), `poster ${serviceId}`).toBe(true);
        expect(await refusedAsInvalid(manualCheckin(ctx, { serviceId, status: 'hijau' })), `desk ${serviceId}`).toBe(true);
      }
      expect(await refusedAsInvalid(createChildUnit(ctx, { kind: 'venue', name: 'Pabrik\u0000Satu' }))).toBe(true);
      expect(
        await refusedAsInvalid(createService(ctx, { name: 'KTP', category: 'kependudukan', description: 'a\u0000b', openingHours: officeHours })),
      ).toBe(true);
      // The same bodies with sane values go through: the refusals above were the values'.
      await createChildUnit(ctx, { kind: 'venue', name: 'Pabrik Satu' });
      const service = await createService(ctx, { name: 'KTP', category: 'kependudukan', description: 'a b', openingHours: officeHours });
      await createPoster(ctx, { label: 'Pintu', serviceId: service.id });
      await addEntryPolicy(ctx, { name: 'SE', admits: ['hijau', 'kuning'], effectiveDate: latestDay() });
      for (const effectiveDate of ['9999-12-31', '0001-01-01', '+010000-01-01']) {
        expect(await refusedAsInvalid(addEntryPolicy(ctx, { name: 'SE', admits: ['hijau'], effectiveDate })), effectiveDate).toBe(true);
      }
    });
  },
  async (db) => {
    await seedAreas(db.db);
  },
);
