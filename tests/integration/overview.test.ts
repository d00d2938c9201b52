import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthorizedUnit } from '@/lib/auth/authorized-unit';
import { createPoster } from '@/lib/posters/posters';
import { childTableParams, childUptake, coverage } from '@/lib/stats/children';
import { overview } from '@/lib/stats/dashboard';
import { byService, daily, heatmap, hourlyToday, liveCounters } from '@/lib/stats/overview';
import { parseRange } from '@/lib/stats/range';
import type { TestDatabase } from '../support/databases';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, unitByCode } from '../support/fixtures';
import { NOW, seedStats, TA, TM } from '../support/stats-data';

const MW = '32.16.08.2002'; // Desa Mekarwangi: a poster, no check-ins

const zeros = { hijau: 0, kuning: 0, merah: 0, hitam: 0, tidak_tercatat: 0 };

/** The statistics' known data set (tests/support/stats-data.ts), and a poster that never scans. */
async function seed(database: TestDatabase) {
  await seedStats(database);
  const root = await actorWith(database.db, 'superadmin');
  await createPoster(await ctxFor(database.db, root, MW), { label: 'Pintu Utama' });
}

const week = (unit: AuthorizedUnit) => parseRange({ range: '7d' }, unit.timeZone, NOW);

describeEachDatabase(
  'overview figures from the rollups',
  (get) => {
    describe('a kelurahan user (Telaga Asih)', () => {
      let unit: AuthorizedUnit;
      beforeAll(async () => {
        unit = await unitByCode(get().db, TA);
      });

      it('counts today against the same weekday last week up to this hour', async () => {
        expect(await liveCounters({ db: get().readDb, unit }, NOW)).toEqual({
          today: { checkins: 3, admitted: 2, notAdmitted: 1, inside: 1 },
          lastWeek: { checkins: 1, admitted: 1, notAdmitted: 0, inside: 1 },
        });
      });

      it('buckets hours in WIB: 00.00 Monday is today, 23.59 Sunday is not', async () => {
        const hours = await hourlyToday({ db: get().readDb, unit }, NOW);
        expect(hours).toHaveLength(24);
        const shown = hours.filter((h) => h.total || h.lastWeek);
        expect(shown).toEqual([
          { hour: 0, byStatus: { ...zeros, kuning: 1 }, total: 1, lastWeek: 0 },
          { hour: 8, byStatus: { ...zeros, hijau: 1, merah: 1 }, total: 2, lastWeek: 1 },
          { hour: 12, byStatus: zeros, total: 0, lastWeek: 1 },
        ]);
      });

      it('lists every day of the range by status', async () => {
        const days = await daily({ db: get().readDb, unit }, week(unit));
        expect(days.map((d) => d.date)).toEqual(['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
        expect(days.at(-2)).toEqual({ date: '2026-11-22', byStatus: { ...zeros, hijau: 1 }, total: 1, admitted: 1 });
        expect(days.at(-1)).toEqual({ date: '2026-11-23', byStatus: { ...zeros, hijau: 1, kuning: 1, merah: 1 }, total: 3, admitted: 2 });
        expect(days.slice(0, 5).every((d) => d.total === 0)).toBe(true);
      });

      it('splits by its own services, the entrance apart', async () => {
        const rows = await byService({ db: get().readDb, unit }, week(unit));
        expect(rows).toEqual([
          { key: expect.any(String), label: 'Perekaman KTP-el', kind: 'service', checkins: 3, admitted: 2 },
          { key: '0', label: null, kind: 'entrance', checkins: 1, admitted: 1 },
        ]);
      });

      it('maps busy times by WIB weekday and hour', async () => {
        expect(await heatmap({ db: get().readDb, unit }, week(unit))).toEqual([
          { weekday: 1, hour: 0, checkins: 1 },
          { weekday: 1, hour: 8, checkins: 2 },
          { weekday: 7, hour: 23, checkins: 1 },
        ]);
      });
    });

    describe('a kecamatan user (Cikarang Barat)', () => {
      let unit: AuthorizedUnit;
      beforeAll(async () => {
        unit = await unitByCode(get().db, '32.16.08');
      });

      it('sums its villages', async () => {
        expect(await liveCounters({ db: get().readDb, unit }, NOW)).toEqual({
          today: { checkins: 5, admitted: 2, notAdmitted: 3, inside: 1 },
          lastWeek: { checkins: 1, admitted: 1, notAdmitted: 0, inside: 1 },
        });
        const days = await daily({ db: get().readDb, unit }, week(unit));
        expect(days.find((d) => d.date === '2026-11-20')).toEqual({ date: '2026-11-20', byStatus: { ...zeros, hijau: 1 }, total: 1, admitted: 1 });
        expect(days.at(-1)).toEqual({ date: '2026-11-23', byStatus: { hijau: 1, kuning: 1, merah: 1, hitam: 1, tidak_tercatat: 1 }, total: 5, admitted: 2 });
      });

      it('groups services by category', async () => {
        expect(await byService({ db: get().readDb, unit }, week(unit))).toEqual([
          { key: 'kependudukan', label: null, kind: 'category', checkins: 3, admitted: 2 },
          { key: 'perizinan', label: null, kind: 'category', checkins: 3, admitted: 1 },
          { key: '', label: null, kind: 'entrance', checkins: 1, admitted: 1 },
        ]);
      });

      it('shows each village’s uptake and flags a quiet one', async () => {
        const rows = await childUptake({ db: get().readDb, unit }, week(unit), NOW);
        const byCode = new Map(rows.map((r) => [r.code, r]));
        expect(byCode.get(TA)).toMatchObject({
          checkins: 4,
          admitted: 3,
          admittedShare: 0.75,
          activePosters: 1,
          lastCheckinAt: new Date('2026-11-23T01:45:00Z'),
          checkinsToday: 3,
          checkinsThisWeek: 3,
          quiet: false,
        });
        expect(byCode.get(TM)).toMatchObject({ checkins: 3, admitted: 1, admittedShare: 1 / 3, activePosters: 0, checkinsToday: 2, checkinsThisWeek: 2, quiet: false });
        expect(byCode.get(MW)).toMatchObject({ checkins: 0, admittedShare: null, activePosters: 1, lastCheckinAt: null, quiet: true });
        expect(rows.filter((r) => r.quiet).map((r) => r.code)).toEqual([MW]);
        expect(coverage(rows)).toEqual({ children: 11, withPoster: 2, withCheckinThisWeek: 2 });
      });

      it('gives the page the same figures through overview()', async () => {
        const data = await overview({ db: get().readDb, unit }, week(unit), childTableParams.parse({}), NOW);
        expect(data.live.counters.today).toEqual({ checkins: 5, admitted: 2, notAdmitted: 3, inside: 1 });
        expect(data.days.at(-1)).toMatchObject({ date: '2026-11-23', total: 5, admitted: 2 });
        expect(data.coverage).toEqual({ children: 11, withPoster: 2, withCheckinThisWeek: 2 });
        expect(data.quietChildren).toBe(1);
      });

      it('does not flag a quiet unit before 10.00 or at the weekend', async () => {
        const early = new Date('2026-11-23T02:00:00Z'); // Monday 09.00
        const sunday = new Date('2026-11-22T05:00:00Z'); // Sunday 12.00
        for (const at of [early, sunday]) {
          const rows = await childUptake({ db: get().readDb, unit }, parseRange({}, unit.timeZone, at), at);
          expect(rows.filter((r) => r.quiet)).toEqual([]);
        }
      });
    });

    describe('a regency user (Kabupaten Bekasi)', () => {
      let unit: AuthorizedUnit;
      beforeAll(async () => {
        unit = await unitByCode(get().db, '32.16');
      });

      it('sums its whole subtree and nothing of Kota Bekasi', async () => {
        expect((await liveCounters({ db: get().readDb, unit }, NOW)).today).toEqual({ checkins: 6, admitted: 3, notAdmitted: 3, inside: 2 });
        expect((await daily({ db: get().readDb, unit }, week(unit))).at(-1)).toMatchObject({ total: 6, admitted: 3 });
      });

      it('shows each kecamatan’s uptake', async () => {
        const rows = await childUptake({ db: get().readDb, unit }, week(unit), NOW);
        const byCode = new Map(rows.map((r) => [r.code, r]));
        expect(byCode.get('32.16.08')).toMatchObject({
          checkins: 7,
          admitted: 4,
          activePosters: 2,
          lastCheckinAt: new Date('2026-11-23T02:45:00Z'),
          checkinsToday: 5,
          checkinsThisWeek: 5,
          quiet: false,
        });
        expect(byCode.get('32.16.07')).toMatchObject({ checkins: 1, admitted: 1, admittedShare: 1, activePosters: 0, checkinsToday: 1 });
        expect(rows.filter((r) => r.checkins > 0).map((r) => r.code).sort()).toEqual(['32.16.07', '32.16.08']);
        expect(coverage(rows)).toMatchObject({ withPoster: 1, withCheckinThisWeek: 2 });
      });
    });
  },
  seed,
  // The dashboard reads through `readDb`, as the page does: the streaming replica when there is one.
  { replica: true },
);
