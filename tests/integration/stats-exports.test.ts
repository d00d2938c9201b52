import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { listAudit } from '@/lib/audit/log';
import { insertBatchSql, type NewCheckin } from '@/lib/checkins/ingest-sql';
import type { Ctx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { id } from '@/lib/i18n/id';
import { type ExportFormat, statsExport } from '@/lib/exports/stats-export';
import { type Grouping, groupedStats, groupings } from '@/lib/stats/grouped';
import { daily } from '@/lib/stats/overview';
import { parseStatsQuery } from '@/lib/stats/params';
import { publicStats, setPublic } from '@/lib/stats/public';
import { summary } from '@/lib/stats/summary';
import { summaryText } from '@/lib/stats/summary-text';
import { createChildUnit } from '@/lib/tenancy/child-units';
import type { TestDatabase } from '../support/databases';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, unitByCode } from '../support/fixtures';
import { KEC, NOW, seedStats, TA, TM } from '../support/stats-data';

const MW = '32.16.08.2002'; // Desa Mekarwangi

// Tuesday 17 to Monday 23 November 2026 (WIB): the known events of Kecamatan Cikarang Barat.
const query = (group: Grouping) =>
  parseStatsQuery({ from: '2026-11-17', to: '2026-11-23', group }, 'Asia/Jakarta', NOW);

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
  const [group, checkins, admitted, notAdmitted, share, ...byStatus] = [
    row[0],
    ...row.slice(1 + span),
  ].map((c) => (typeof c === 'string' && /^\d+(\.\d+)?$/.test(c) ? Number(c) : c));
  expect(notAdmitted).toBe(Number(checkins) - Number(admitted));
  expect(share === '' || share === null ? null : Number(share)).toBe(
    Number(checkins) ? Math.round((Number(admitted) / Number(checkins)) * 1000) / 10 : null,
  );
  return [group as string, checkins as number, admitted as number, ...(byStatus as number[])];
}

/**
 * The known data set, and before it the first check-ins of Cikarang Barat in early October: a
 * minimarket below Desa Telagamurni (a private venue) visited twice by one person, and Desa
 * Mekarwangi's office once by another.
 */
async function seedWithOctober(database: TestDatabase) {
  await seedStats(database);
  const { db } = database;
  const root = await actorWith(db, 'superadmin');
  const venue = await createChildUnit(await ctxFor(db, root, TM), {
    kind: 'venue',
    name: 'Minimarket Telagamurni',
  });
  const office = await unitByCode(db, MW);
  const checkin = (unitId: number, at: string, visitorKey: string): NewCheckin => ({
    unitId,
    serviceId: null,
    posterId: null,
    kind: 'in',
    status: 'hijau',
    admitted: true,
    reason: null,
    channel: 'qr',
    visitorKey,
    occurredAt: new Date(at),
    apiKeyId: null,
    idempotencyKey: null,
  });
  await db.execute(
    insertBatchSql([
      checkin(venue.id, '2026-10-05T02:00:00Z', 'orang-1'),
      checkin(venue.id, '2026-10-06T02:00:00Z', 'orang-1'),
      checkin(office.id, '2026-10-06T03:00:00Z', 'orang-2'),
    ]),
  );
}

async function sheetOf(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

/** A sheet's rows that hold anything, as values from column A. */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const values: unknown[][] = [];
  sheet.eachRow((row) =>
    values.push(Array.from((row.values as unknown[]).slice(1), (v) => v ?? null)),
  );
  return values;
}

const nonZero = (g: Grouping) => (rows: (string | number)[][]) =>
  g === 'child' ? rows.filter((r) => Number(r[1]) > 0) : rows;

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
        expect(csv.res.headers.get('content-disposition')).toContain(
          `statistik-kecamatan-cikarang-barat-2026-11-17_2026-11-23-per-`,
        );
        expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const records: string[][] = parse(csv.body.toString('utf8').slice(1));
        expect(records[0]![0]).toBe(
          {
            day: 'Tanggal',
            week: 'Minggu mulai',
            month: 'Bulan',
            service: 'Layanan',
            child: 'Unit',
            status: 'Status',
            category: 'Kategori layanan',
          }[grouping],
        );
        const csvRows = records.slice(1).map((r) => figures(r, grouping));
        expect(nonZero(grouping)(csvRows.slice(0, -1))).toEqual(expected[grouping]);
        expect(csvRows.at(-1)).toEqual(total);

        // The same table for Excel in Indonesian: semicolons, decimal commas, nothing else changed.
        const excel = await download('csv-excel', grouping);
        expect(excel.res.headers.get('content-disposition')).toContain(`-excel.csv`);
        expect([...excel.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const excelRecords: string[][] = parse(excel.body, { bom: true, delimiter: ';' });
        expect(excelRecords).toEqual(
          records.map((r) => r.map((c) => c.replace(/^(\d+)\.(\d+)$/, '$1,$2'))),
        );

        const xlsx = await download('xlsx', grouping);
        const [title, header, ...rest] = rowsOf(await sheetOf(xlsx.body));
        const source = rest.pop()!;
        expect(title).toEqual([
          `Kecamatan Cikarang Barat: Check-in per ${id.stats.groupings[grouping].toLowerCase()}, 17 November 2026 – 23 November 2026`,
        ]);
        expect(source[0]).toMatch(
          /^Sumber: Pindai, check-in di Kecamatan Cikarang Barat dan unit di bawahnya \(waktu WIB\); diunduh \d+ \w+ 20\d\d/,
        );
        expect(header).toEqual(records[0]);
        const xlsxRows = rest.map((row, i) => {
          const span = grouping === 'week' || grouping === 'month' ? 2 : 0;
          // Dates come back as the calendar days they stand for; a month as its first day.
          const r = row.map((v, j) =>
            v instanceof Date
              ? v.toISOString().slice(0, grouping === 'month' && j === 0 ? 7 : 10)
              : v,
          );
          const share = r[4 + span] as number | null;
          const asCsv = [
            ...r.slice(0, 4 + span),
            share === null ? '' : Math.round(share * 1000) / 10,
            ...r.slice(5 + span),
          ];
          expect(asCsv.map(String)).toEqual(
            records[i + 1]!.map((c) =>
              c === '' ? '' : String(Number.isNaN(Number(c)) ? c : Number(c)),
            ),
          );
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
      expect(stats.rows.map((r) => [r.key, r.checkins, r.admitted, r.byStatus])).toEqual(
        days.map((d) => [d.date, d.total, d.admitted, d.byStatus]),
      );
      for (const g of groupings) {
        const s = await groupedStats({ db: readDb, unit: comms.unit }, q.range, g);
        expect([
          s.rows.reduce((a, r) => a + r.checkins, 0),
          s.rows.reduce((a, r) => a + r.admitted, 0),
        ]).toEqual([7, 4]);
      }
    });

    it('writes every export to the audit log: who exported which range and grouping', async () => {
      const { db } = get();
      await download('png', 'service');
      const [entry] = await listAudit({ db, unit: comms.unit }, { action: 'stats.export' });
      expect(entry).toMatchObject({ targetId: 'png', actorEmail: comms.actor.email });
      expect(entry!.after).toMatchObject({
        format: 'png',
        grouping: 'service',
        from: '2026-11-17',
        to: '2026-11-23',
        rows: 3,
      });
    });

    it('draws the chart as a PNG', async () => {
      const { res, body } = await download('png', 'day');
      expect(res.headers.get('content-type')).toBe('image/png');
      expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    });

    it('summarises the range with the table’s numbers, people apart from check-ins, in Indonesian and English format', async () => {
      const { readDb } = get();
      const figures = { db: readDb, unit: comms.unit };
      const s = await summary(figures, query('day').range, [], NOW);
      const services = await groupedStats(figures, query('day').range, 'service');
      const days = await groupedStats(figures, query('day').range, 'day');
      expect(s.totals).toEqual(days.totals);
      expect([s.offices, s.venues]).toEqual([
        { places: 2, checkins: 7 },
        { places: 0, checkins: 0 },
      ]);
      // Every check-in of the data set was recorded without an identity: each is one person.
      expect(s.visitors).toBe(7);
      expect(s.busiestService).toEqual(services.rows[0]);
      expect(s.busiestDay).toEqual(days.rows.find((r) => r.key === '2026-11-23'));
      // The data began on 5 October (the venue below), so the week before is compared with: as
      // the week runs until this Monday 10.30, up to last Monday 10.30.
      expect(s.firstDay).toBe('2026-10-05');
      expect([
        s.previous?.first,
        s.previous?.last,
        s.previous?.cut,
        s.previousCheckins,
        s.change,
      ]).toEqual(['2026-11-10', '2026-11-16', true, 1, 6]);
      expect(
        summaryText(s, 'Kecamatan Cikarang Barat', 'Perekaman KTP-el (Telaga Asih)', 'id'),
      ).toBe(
        'Selama 17–23 November 2026 tercatat 7 check-in oleh 7 pengunjung (orang yang berbeda) di 2 kantor Kecamatan Cikarang Barat; 57,1% dari check-in itu diizinkan masuk. ' +
          'Menurut status: 3 hijau, 1 kuning, 1 merah, 1 hitam, dan 1 tidak tercatat di data vaksinasi. ' +
          'Layanan tersibuk adalah Perekaman KTP-el (Telaga Asih) dengan 3 check-in. Hari tersibuk adalah Senin, 23 November 2026 dengan 5 check-in. ' +
          'Dibandingkan periode sebelumnya (10–16 November 2026 sampai jam yang sama, 1 check-in), jumlah check-in naik 600,0%.',
      );
      const en = summaryText(s, 'Cikarang Barat District', 'KTP', 'en');
      expect(en).toContain(
        'From 17–23 November 2026, 7 check-ins were recorded by 7 distinct visitors at 2 offices of Cikarang Barat District; 57.1% of them were admitted.',
      );
      expect(en).toContain(
        'By status: 3 green, 1 yellow, 1 red, 1 black and 1 not recorded in the vaccination data.',
      );
    });

    it('compares only with a period the data covers, and a day under way with the same hours the day before', async () => {
      const { db, readDb } = get();
      // Telaga Asih's first check-in was on Monday 16 November: the week before that is not compared with.
      const ta = await summary(
        { db: readDb, unit: await unitByCode(db, TA) },
        query('day').range,
        [],
        NOW,
      );
      expect([ta.firstDay, ta.previous, ta.change]).toEqual(['2026-11-16', null, null]);
      expect(summaryText(ta, 'Kelurahan Telaga Asih', null, 'id')).toContain(
        'Data check-in tercatat sejak 16 November 2026, jadi belum ada periode sebelumnya yang lengkap untuk dibandingkan.',
      );
      expect(summaryText(ta, 'Kelurahan Telaga Asih', null, 'id')).not.toMatch(/naik|turun/);
      // Read a day later, the whole week is compared with the whole week before.
      const past = await summary(
        { db: readDb, unit: comms.unit },
        query('day').range,
        [],
        new Date('2026-11-24T03:00:00Z'),
      );
      expect([past.previous?.cut, past.previousCheckins, past.change]).toEqual([false, 2, 2.5]);
      expect(summaryText(past, 'Kecamatan Cikarang Barat', null, 'en')).toContain(
        'Compared with the previous period (10–16 November 2026, 2 check-ins), check-ins rose by 250.0%.',
      );
      // Today until 10.30 against Sunday until 10.30 (its only check-in came at 23.59).
      const today = parseStatsQuery({ range: 'today' }, 'Asia/Jakarta', NOW).range;
      const s = await summary({ db: readDb, unit: comms.unit }, today, [], NOW);
      expect([
        s.totals.checkins,
        s.previous?.first,
        s.previous?.end,
        s.previous?.cut,
        s.previousCheckins,
      ]).toEqual([5, '2026-11-22', new Date('2026-11-22T03:30:00Z'), true, 0]);
      expect(summaryText(s, 'Kecamatan Cikarang Barat', null, 'id')).toContain(
        'Pada periode sebelumnya (22 November 2026 sampai jam yang sama) belum ada check-in.',
      );
    });

    it('counts offices and private venues apart, and people once however often they come', async () => {
      const { readDb } = get();
      const october = parseStatsQuery(
        { from: '2026-10-01', to: '2026-10-07' },
        'Asia/Jakarta',
        NOW,
      ).range;
      // Read on 8 October, while the visitor keys are kept.
      const s = await summary(
        { db: readDb, unit: comms.unit },
        october,
        [],
        new Date('2026-10-08T03:00:00Z'),
      );
      expect([s.totals.checkins, s.visitors, s.offices, s.venues]).toEqual([
        3,
        2,
        { places: 1, checkins: 1 },
        { places: 1, checkins: 2 },
      ]);
      const text = summaryText(s, 'Kecamatan Cikarang Barat', null, 'id');
      expect(text).toContain(
        'tercatat 3 check-in oleh 2 pengunjung (orang yang berbeda) di 1 kantor dan 1 tempat usaha (pabrik, minimarket) di wilayah Kecamatan Cikarang Barat;',
      );
      expect(text).toContain(
        'Di kantor pemerintahan tercatat 1 check-in, di tempat usaha 2 check-in.',
      );
      expect(summaryText(s, 'Cikarang Barat District', null, 'en')).toContain(
        'at 1 office and 1 private venue (factories, minimarkets) in Cikarang Barat District',
      );
      // Read on 23 November the keys are gone: people are not counted, and the text says why.
      const later = await summary({ db: readDb, unit: comms.unit }, october, [], NOW);
      expect([later.visitors, later.keptDays]).toEqual([null, 30]);
      expect(summaryText(later, 'Kecamatan Cikarang Barat', null, 'id')).toContain(
        'Jumlah orang yang berbeda tidak dihitung karena identitas pengunjung hanya disimpan 30 hari.',
      );
    });

    it('writes a CSV that Excel in Indonesian opens in columns, with decimal commas', async () => {
      const { body } = await download('csv-excel', 'day');
      const decimalComma = (value: string) =>
        /^\d+(,\d+)?$/.test(value) ? Number(value.replace(',', '.')) : value;
      const rows: (string | number)[][] = parse(body, {
        bom: true,
        delimiter: ';',
        cast: decimalComma,
      });
      expect(rows[0]).toEqual([
        'Tanggal',
        'Check-in',
        'Diizinkan masuk',
        'Tidak diizinkan',
        'Persentase diizinkan (%)',
        'Hijau',
        'Kuning',
        'Merah',
        'Hitam',
        'Tidak tercatat',
      ]);
      expect(rows.at(-1)).toEqual(['Jumlah', 7, 4, 3, 57.1, 3, 1, 1, 1, 1]);
      expect(rows.find((r) => r[0] === '2026-11-23')).toEqual([
        '2026-11-23',
        5,
        2,
        3,
        40,
        1,
        1,
        1,
        1,
        1,
      ]);
      expect(body.toString('utf8')).toContain(';57,1;');
    });

    it('writes XLSX with a title, a frozen and filtered header, real dates and the source', async () => {
      for (const [grouping, format] of [
        ['day', 'dd/mm/yyyy'],
        ['month', 'mmmm yyyy'],
      ] as const) {
        const sheet = await sheetOf((await download('xlsx', grouping)).body);
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
        const first = sheet.getCell('A3');
        expect(first.value).toBeInstanceOf(Date);
        expect(first.value).toEqual(
          new Date(grouping === 'day' ? '2026-11-17T00:00:00Z' : '2026-11-01T00:00:00Z'),
        );
        expect(first.numFmt).toBe(format);
        // The filter spans the header and the data rows; the total row stays below it.
        const rows = grouping === 'day' ? 7 : 1;
        expect(sheet.autoFilter).toBe(`A2:${grouping === 'day' ? 'J' : 'L'}${2 + rows}`);
        expect(sheet.getCell(`A${3 + rows}`).value).toBe('Jumlah');
      }
      const week = await sheetOf((await download('xlsx', 'week')).body);
      expect([week.getCell('B3').value, week.getCell('C3').value]).toEqual([
        new Date('2026-11-17T00:00:00Z'),
        new Date('2026-11-22T00:00:00Z'),
      ]);
    });

    it('refuses a bad range with a message in Bahasa Indonesia', () => {
      for (const raw of [
        { from: '2026-11-23', to: '2026-11-01' },
        { from: '2025-01-01', to: '2026-11-23' },
        { from: 'kemarin', to: '2026-11-23' },
        { group: 'kota' },
      ]) {
        expect(() => parseStatsQuery(raw, 'Asia/Jakarta', NOW)).toThrow(
          /Rentang atau pengelompokan tidak valid/,
        );
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
      expect(audit).toMatchObject({
        before: { enabled: false },
        after: { enabled: true },
        actorEmail: admin.actor.email,
      });

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
      expect(page.byDay.filter((d) => d.checkins !== 0 && d.checkins !== null)).toEqual([
        { date: '2026-11-23', checkins: 5 },
      ]);
      // Telagamurni's 3 is hidden, and so is Telaga Asih's 6: else 9 − 6 would tell it.
      const byName = new Map(page.byChild.map((c) => [c.name, c.checkins]));
      expect([
        byName.get('Telaga Asih'),
        byName.get('Telagamurni'),
        byName.get('Mekarwangi'),
      ]).toEqual([null, null, 0]);
      expect(JSON.stringify(page)).not.toMatch(/visitor/i);

      // A published kecamatan does not publish its villages.
      await expect(publicStats(db, (await unitByCode(db, TA)).id, NOW)).rejects.toMatchObject({
        status: 404,
      });
      await expect(publicStats(db, (await unitByCode(db, TM)).id, NOW)).rejects.toMatchObject({
        status: 404,
      });
      expect(await setPublic(admin, false)).toEqual({ enabled: false });
      await expect(publicStats(db, kec.id, NOW)).rejects.toMatchObject({ status: 404 });
    });
  },
  seedWithOctober,
  // Statistics and exports read through `readDb`, as the app does: the streaming replica when
  // there is one; the export's audit entry is written to the primary.
  { replica: true },
);
