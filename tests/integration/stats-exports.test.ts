import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { listAudit } from '@/lib/audit/log';
import type { Ctx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { type ExportFormat, statsExport } from '@/lib/exports/stats-export';
import { type Grouping, groupedStats, groupings } from '@/lib/stats/grouped';
import { daily } from '@/lib/stats/overview';
import { parseStatsQuery } from '@/lib/stats/params';
import { publicStats, setPublic } from '@/lib/stats/public';
import { summary } from '@/lib/stats/summary';
import { summaryText } from '@/lib/stats/summary-text';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, unitByCode } from '../support/fixtures';
import { KEC, NOW, seedStats, TA, TM } from '../support/stats-data';

// Tuesday 17 to Monday 23 November 2026 (WIB): the known events of Kecamatan Cikarang Barat.
const query = (group: Grouping) => parseStatsQuery({ from: '2026-11-17', to: '2026-11-23', group }, 'Asia/Jakarta', NOW);

/**
 * [group, check-ins, admitted, hijau, kuning, merah, hitam, tidak tercatat] per grouping, in the
 * table's order: the not-recorded visitor at Telagamurni is counted apart from merah.
 */
const expected: Record<Grouping, (string | number)[][]> = {
  day: [
    ['2026-11-17', 0, 0, 0, 0, 0, 0, 0],
    ['2026-11-18', 0, 0, 0, 0, 0, 0, 0],
    ['2026-11-19', 0, 0, 0, 0, 0, 0, 0],
    ['2026-11-20', 1, 1, 1, 0, 0, 0, 0],
    ['2026-11-21', 0, 0, 0, 0, 0, 0, 0],
    ['2026-11-22', 1, 1, 1, 0, 0, 0, 0],
    ['2026-11-23', 5, 2, 1, 1, 1, 1, 1],
  ],
  week: [
    ['2026-11-16', 2, 2, 2, 0, 0, 0, 0],
    ['2026-11-23', 5, 2, 1, 1, 1, 1, 1],
  ],
  month: [['2026-11', 7, 4, 3, 1, 1, 1, 1]],
  service: [
    ['Perekaman KTP-el (Telaga Asih)', 3, 2, 1, 1, 1, 0, 0],
    ['Izin usaha mikro (Telagamurni)', 3, 1, 1, 0, 0, 1, 1],
    ['Pintu masuk', 1, 1, 1, 0, 0, 0, 0],
  ],
  child: [
    ['Kelurahan Telaga Asih', 4, 3, 2, 1, 1, 0, 0],
    ['Desa Telagamurni', 3, 1, 1, 0, 0, 1, 1],
  ],
  status: [
    ['Hijau', 3, 3, 3, 0, 0, 0, 0],
    ['Kuning', 1, 1, 0, 1, 0, 0, 0],
    ['Merah', 1, 0, 0, 0, 1, 0, 0],
    ['Hitam', 1, 0, 0, 0, 0, 1, 0],
    ['Tidak tercatat', 1, 0, 0, 0, 0, 0, 1],
  ],
  category: [
    ['Kependudukan', 3, 2, 1, 1, 1, 0, 0],
    ['Perizinan', 3, 1, 1, 0, 0, 1, 1],
    ['Pintu masuk', 1, 1, 1, 0, 0, 0, 0],
  ],
};
const total = ['Jumlah', 7, 4, 3, 1, 1, 1, 1];

/** The same eight figures out of an export's row (week and month rows carry two more dates). */
function figures(row: unknown[], grouping: Grouping): (string | number)[] {
  const span = grouping === 'week' || grouping === 'month' ? 2 : 0;
  const [group, checkins, admitted, notAdmitted, share, ...byStatus] = [row[0], ...row.slice(1 + span)].map((c) => (typeof c === 'string' && /^\d+(\.\d+)?$/.test(c) ? Number(c) : c));
  expect(notAdmitted).toBe(Number(checkins) - Number(admitted));
  expect(share === '' || share === null ? null : Number(share)).toBe(Number(checkins) ? Math.round((Number(admitted) / Number(checkins)) * 1000) / 10 : null);
  return [group as string, checkins as number, admitted as number, ...(byStatus as number[])];
}

const nonZero = (g: Grouping) => (rows: (string | number)[][]) => (g === 'child' ? rows.filter((r) => Number(r[1]) > 0) : rows);

describeEachDatabase(
  'statistics, exports and the public page',
  (get) => {
    let comms: Ctx & { readDb: Db };
    beforeAll(async () => {
      const { db, readDb } = get();
      comms = { ...(await ctxFor(db, await actorWith(db, 'comms', '32.16'), KEC)), readDb };
    });

    const download = async (format: ExportFormat, grouping: Grouping) => {
      const res = await statsExport(comms, format, query(grouping), 'id');
      return { res, body: Buffer.from(await res.arrayBuffer()) };
    };

    for (const grouping of groupings) {
      it(`exports the ${grouping} table as CSV and XLSX with the expected aggregates`, async () => {
        const csv = await download('csv', grouping);
        expect(csv.res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        expect(csv.res.headers.get('content-disposition')).toContain(`statistik-kecamatan-cikarang-barat-2026-11-17_2026-11-23-per-`);
        expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const records: string[][] = parse(csv.body.toString('utf8').slice(1));
        expect(records[0]![0]).toBe({ day: 'Tanggal', week: 'Minggu mulai', month: 'Bulan', service: 'Layanan', child: 'Unit', status: 'Status', category: 'Kategori layanan' }[grouping]);
        const csvRows = records.slice(1).map((r) => figures(r, grouping));
        expect(nonZero(grouping)(csvRows.slice(0, -1))).toEqual(expected[grouping]);
        expect(csvRows.at(-1)).toEqual(total);

        const xlsx = await download('xlsx', grouping);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
        const sheet = book.worksheets[0]!;
        const values: unknown[][] = [];
        sheet.eachRow((row) => values.push(Array.from((row.values as unknown[]).slice(1), (v) => v ?? null)));
        expect(values[0]).toEqual(records[0]);
        const xlsxRows = values.slice(1).map((r, i) => {
          const span = grouping === 'week' || grouping === 'month' ? 2 : 0;
          const share = r[4 + span] as number | null;
          const asCsv = [...r.slice(0, 4 + span), share === null ? '' : Math.round(share * 1000) / 10, ...r.slice(5 + span)];
          expect(asCsv.map(String)).toEqual(records[i + 1]!.map((c) => (c === '' ? '' : String(Number.isNaN(Number(c)) ? c : Number(c)))));
          return figures(asCsv, grouping);
        });
        expect(xlsxRows).toEqual(csvRows);
        expect(csv.body.toString('utf8')).not.toMatch(/visitor|pengunjung_key/i);
      });
    }

    it('agrees with the dashboard to the unit and sums to the totals in every grouping', async () => {
      const { readDb } = get();
      const q = query('day');
      const days = await daily({ db: readDb, unit: comms.unit }, q.range);
      const stats = await groupedStats({ db: readDb, unit: comms.unit }, q.range, 'day');
      expect(stats.rows.map((r) => [r.key, r.checkins, r.admitted, r.byStatus])).toEqual(days.map((d) => [d.date, d.total, d.admitted, d.byStatus]));
      for (const g of groupings) {
        const s = await groupedStats({ db: readDb, unit: comms.unit }, q.range, g);
        expect([s.rows.reduce((a, r) => a + r.checkins, 0), s.rows.reduce((a, r) => a + r.admitted, 0)]).toEqual([7, 4]);
      }
    });

    it('writes every export to the audit log: who exported which range and grouping', async () => {
      const { db } = get();
      await download('png', 'service');
      const [entry] = await listAudit({ db, unit: comms.unit }, { action: 'stats.export' });
      expect(entry).toMatchObject({ targetId: 'png', actorEmail: comms.actor.email });
      expect(entry!.after).toMatchObject({ format: 'png', grouping: 'service', from: '2026-11-17', to: '2026-11-23', rows: 3 });
    });

    it('draws the chart as a PNG', async () => {
      const { res, body } = await download('png', 'day');
      expect(res.headers.get('content-type')).toBe('image/png');
      expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    });

    it('summarises the range with the table’s numbers, in Indonesian and English format', async () => {
      const { readDb } = get();
      const s = await summary({ db: readDb, unit: comms.unit }, query('day').range);
      const services = await groupedStats({ db: readDb, unit: comms.unit }, query('day').range, 'service');
      const days = await groupedStats({ db: readDb, unit: comms.unit }, query('day').range, 'day');
      expect(s.totals).toEqual(days.totals);
      expect(s.offices).toBe(2);
      expect(s.busiestService).toEqual(services.rows[0]);
      expect(s.busiestDay).toEqual(days.rows.find((r) => r.key === '2026-11-23'));
      expect([s.previous.first, s.previous.last, s.previousCheckins, s.change]).toEqual(['2026-11-10', '2026-11-16', 2, 2.5]);
      const id = summaryText(s, 'Kecamatan Cikarang Barat', 'Perekaman KTP-el (Telaga Asih)', 'id');
      expect(id).toBe(
        'Selama 17–23 November 2026, sebanyak 7 pengunjung melakukan check-in di 2 kantor Kecamatan Cikarang Barat; 57,1% di antaranya diizinkan masuk. ' +
          'Menurut status: 3 hijau, 1 kuning, 1 merah, 1 hitam, dan 1 tidak tercatat di data vaksinasi. ' +
          'Layanan tersibuk adalah Perekaman KTP-el (Telaga Asih) dengan 3 check-in. Hari tersibuk adalah Senin, 23 November 2026 dengan 5 check-in. ' +
          'Dibandingkan periode sebelumnya (10–16 November 2026, 2 check-in), jumlah check-in naik 250,0%.',
      );
      const en = summaryText(s, 'Cikarang Barat District', 'KTP', 'en');
      expect(en).toContain('7 visitors checked in at 2 offices of Cikarang Barat District; 57.1% of them were admitted.');
      expect(en).toContain('By status: 3 green, 1 yellow, 1 red, 1 black and 1 not recorded in the vaccination data.');
    });

    it('refuses a bad range with a message in Bahasa Indonesia', () => {
      for (const raw of [{ from: '2026-11-23', to: '2026-11-01' }, { from: '2025-01-01', to: '2026-11-23' }, { from: 'kemarin', to: '2026-11-23' }, { group: 'kota' }]) {
        expect(() => parseStatsQuery(raw, 'Asia/Jakarta', NOW)).toThrow(/Rentang atau pengelompokan tidak valid/);
      }
    });

    // The public page reads the primary: a page switched off must be gone at once.
    it('shows no public page until an admin switches it on, and hides small counts', async () => {
      const { db } = get();
      const kec = await unitByCode(db, KEC);
      await expect(publicStats(db, kec.id, NOW)).rejects.toMatchObject({ status: 404 });

      const other = await ctxFor(db, await actorWith(db, 'admin', '32.75'), KEC);
      await expect(setPublic(other, true)).rejects.toMatchObject({ status: 403 });
      await expect(setPublic(comms, true)).rejects.toBeInstanceOf(AppError);
      const admin = await ctxFor(db, await actorWith(db, 'admin', KEC), KEC);
      expect(await setPublic(admin, true)).toEqual({ enabled: true });
      const [audit] = await listAudit({ db, unit: kec }, { action: 'stats.public' });
      expect(audit).toMatchObject({ before: { enabled: false }, after: { enabled: true }, actorEmail: admin.actor.email });

      // The last 30 days: Telaga Asih 6 check-ins, Telagamurni 3; 6 admitted, 3 not.
      const page = await publicStats(db, kec.id, NOW);
      expect(page.checkins).toBe(9);
      expect(page.share).toBeNull(); // would give away 3 not admitted
      expect(page.byStatus).toEqual([
        { status: 'hijau', checkins: 5 },
        { status: 'kuning', checkins: null },
        { status: 'merah', checkins: null },
        { status: 'hitam', checkins: null },
        { status: 'tidak_tercatat', checkins: null },
      ]);
      // Monday 23 November reaches five check-ins and shows; every other day is hidden or empty.
      expect(page.byDay.filter((d) => d.checkins !== 0 && d.checkins !== null)).toEqual([{ date: '2026-11-23', checkins: 5 }]);
      // Telagamurni's 3 is hidden, and so is Telaga Asih's 6: else 9 − 6 would tell it.
      const byName = new Map(page.byChild.map((c) => [c.name, c.checkins]));
      expect([byName.get('Telaga Asih'), byName.get('Telagamurni'), byName.get('Mekarwangi')]).toEqual([null, null, 0]);
      expect(JSON.stringify(page)).not.toMatch(/visitor/i);

      // A published kecamatan does not publish its villages.
      await expect(publicStats(db, (await unitByCode(db, TA)).id, NOW)).rejects.toMatchObject({ status: 404 });
      await expect(publicStats(db, (await unitByCode(db, TM)).id, NOW)).rejects.toMatchObject({ status: 404 });
      expect(await setPublic(admin, false)).toEqual({ enabled: false });
      await expect(publicStats(db, kec.id, NOW)).rejects.toMatchObject({ status: 404 });
    });
  },
  seedStats,
  // Statistics and exports read through `readDb`, as the app does: the streaming replica when
  // there is one; the export's audit entry is written to the primary.
  { replica: true },
);
