import { beforeAll, describe, expect, it } from 'vitest';
import { attention } from '@/lib/attention/attention';
import { liveMoment } from '@/lib/attention/activity';
import type { AuthorizedUnit } from '@/lib/auth/authorized-unit';
import { createPoster } from '@/lib/posters/posters';
import { childRangeFigures } from '@/lib/stats/children';
import { overview } from '@/lib/stats/dashboard';
import { byService, daily, heatmap, hourlyToday, liveCounters } from '@/lib/stats/overview';
import { parseRange } from '@/lib/stats/range';
import type { TestDatabase } from '../support/databases';
import { describeEachDatabase } from '../support/each-database';
import { firstDay } from '@/lib/stats/first-day';
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

      it('gives each village its check-ins in the range', async () => {
        const figures = await childRangeFigures({ db: get().readDb, unit }, week(unit));
        const ids = await Promise.all([TA, TM, MW].map((code) => unitByCode(get().db, code).then((u) => u.id)));
        expect(ids.map((id) => figures[id])).toEqual([{ checkins: 4, admitted: 3 }, { checkins: 3, admitted: 1 }, undefined]);
      });

      it('gives each village its posters, last check-in, today and week, and flags the one without a poster', async () => {
        const { rows } = await attention({ db: get().readDb, unit }, liveMoment(NOW, unit.timeZone));
        const byCode = new Map(rows.map((r) => [r.code, r]));
        expect(byCode.get(TA)).toMatchObject({
          activePosters: 1,
          lastCheckinAt: '2026-11-23T01:45:00.000Z',
          today: 3,
          todayAdmitted: 2,
          lastWeek: 1,
          week: 3,
          flags: [],
        });
        expect(byCode.get(TA)!.spark.slice(-8)).toEqual([2, 0, 0, 0, 0, 0, 1, 3]);
        expect(byCode.get(TM)).toMatchObject({ activePosters: 0, today: 2, week: 2, flags: [{ kind: 'noPoster' }] });
        // A poster but no service: no opening hours to be silent after.
        expect(byCode.get(MW)).toMatchObject({ activePosters: 1, lastCheckinAt: null, today: 0, flags: [] });
        expect(rows).toHaveLength(11);
      });

      it('gives the page the same figures through overview()', async () => {
        const data = await overview({ db: get().readDb, unit }, week(unit), NOW);
        expect(data.live.counters.today).toEqual({ checkins: 5, admitted: 2, notAdmitted: 3, inside: 1 });
        expect(data.days.at(-1)).toMatchObject({ date: '2026-11-23', total: 5, admitted: 2 });
        expect(Object.values(data.childRange)).toHaveLength(2);
        expect(data.live.attention.rows.filter((r) => r.activePosters > 0).map((r) => r.code).sort()).toEqual([TA, MW].sort());
      });
    });

    describe('a province user (Jawa Barat, whose rollups have tables of their own)', () => {
      it('sums its regencies, day by day and from the same first day', async () => {
        const db = get().readDb;
        const province = await unitByCode(get().db, '32');
        const regencies = await Promise.all(['32.01', '32.16', '32.75'].map((code) => unitByCode(get().db, code)));
        const last = async (unit: AuthorizedUnit) => (await daily({ db, unit }, week(unit))).at(-1)!;
        const parts = await Promise.all(regencies.map(last));
        const whole = await last(province);
        expect(whole.total).toBeGreaterThan(0);
        expect(whole).toMatchObject({
          total: parts.reduce((n, d) => n + d.total, 0),
          admitted: parts.reduce((n, d) => n + d.admitted, 0),
        });
        const firsts = (await Promise.all(regencies.map((unit) => firstDay({ db, unit })))).filter((d) => d !== null).sort();
        expect(await firstDay({ db, unit: province })).toBe(firsts[0]);
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

      it('shows each kecamatan’s check-ins in the range, posters and last check-in', async () => {
        const ctx = { db: get().readDb, unit };
        const [figures, { rows }] = await Promise.all([childRangeFigures(ctx, week(unit)), attention(ctx, liveMoment(NOW, unit.timeZone))]);
        const byCode = new Map(rows.map((r) => [r.code, r]));
        const [cb, cibitung] = [byCode.get('32.16.08')!, byCode.get('32.16.07')!];
        expect(figures[cb.id]).toEqual({ checkins: 7, admitted: 4 });
        expect(cb).toMatchObject({ activePosters: 2, lastCheckinAt: '2026-11-23T02:45:00.000Z', today: 5, week: 5 });
        expect(figures[cibitung.id]).toEqual({ checkins: 1, admitted: 1 });
        expect(cibitung).toMatchObject({ activePosters: 0, today: 1, flags: [{ kind: 'noPoster' }] });
        expect(Object.keys(figures)).toHaveLength(2);
        expect(rows.filter((r) => r.activePosters > 0).map((r) => r.code)).toEqual(['32.16.08']);
      });
    });
  },
  seed,
  // The dashboard reads through `readDb`, as the page does: the streaming replica when there is one.
  { replica: true },
);
