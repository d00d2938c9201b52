import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { GET } from '@/app/api/units/[unitId]/skm/route';
import { GET as exportCsv } from '@/app/api/units/[unitId]/skm/export.csv/route';
import { GET as exportXlsx } from '@/app/api/units/[unitId]/skm/export.xlsx/route';
import { listAudit } from '@/lib/audit/log';
import { localDate } from '@/lib/time/local';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, seedAreas, unitByCode } from '../support/fixtures';
import { serveRoutes } from '../support/route-server';
import { writeAnswers } from '../support/skm-data';

// The session is next-auth's (a signed cookie): here the route is asked as each actor in turn.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor }));

const TA = '32.16.08.1008';

describeEachDatabase(
  'GET /api/units/<id>/skm',
  (get) => {
    let server: Awaited<ReturnType<typeof serveRoutes>>;
    const day = localDate(new Date(), 'Asia/Jakarta');
    beforeAll(async () => {
      server = await serveRoutes(get(), [
        [/^\/api\/units\/(?<unitId>[^/]+)\/skm$/, GET, 'GET'],
        [/^\/api\/units\/(?<unitId>[^/]+)\/skm\/export\.csv$/, exportCsv, 'GET'],
        [/^\/api\/units\/(?<unitId>[^/]+)\/skm\/export\.xlsx$/, exportXlsx, 'GET'],
      ]);
      await writeAnswers(get().db, (await unitByCode(get().db, TA)).id, [
        [4, 4, 3, 4, 3, 4, 4, 3, 4],
        [3, 3, 3, 2, 3, 3, 4, 3, 3],
        [2, 3, 4, 3, 3, 4, 4, 2, 3],
      ]);
    });
    afterAll(() => server.close());

    async function ask(role: Parameters<typeof actorWith>[1] | null, roleUnit: string, unit: string, query = `from=${day}&to=${day}`, file = '') {
      session.actor = role ? await actorWith(get().db, role, roleUnit) : null;
      const id = (await unitByCode(get().db, unit)).id;
      return fetch(`${server.origin}/api/units/${id}/skm${file}?${query}`);
    }

    it('answers the subtree’s index to the roles that read statistics', async () => {
      for (const [role, at] of [['comms', '32.16'], ['official', '32.16.08'], ['admin', TA], ['superadmin', '32']] as const) {
        const res = await ask(role, at, '32.16.08');
        expect(res.status, role).toBe(role === 'admin' ? 403 : 200);
      }
      const body = await (await ask('comms', '32.16', '32.16')).json();
      expect(body).toEqual({
        responses: 3,
        ikm: 81.48,
        mutu: 'B',
        unsur: [3, 3.33, 3.33, 3, 3, 3.67, 4, 2.67, 3.33].map((nrr, i) => ({ code: `U${i + 1}`, nrr })),
      });
      expect(await (await ask('admin', TA, TA, 'from=2025-01-01&to=2025-12-31')).json()).toMatchObject({ responses: 0, ikm: null, mutu: null });
    });

    it('exports the annex’s table as CSV and XLSX, and records the export', async () => {
      const csv = await ask('comms', '32.16', '32.16', `from=${day}&to=${day}&lang=id`, '/export.csv');
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-disposition')).toContain(`ikm-kabupaten-bekasi-${day}_${day}.csv`);
      const rows = parse(await csv.text(), { bom: true }) as string[][];
      expect(rows[0]).toEqual(['Kode', 'Unsur', 'Jumlah nilai', 'NRR', 'NRR tertimbang']);
      expect(rows[1]).toEqual(['U1', 'Persyaratan', '9', '3', '0.3333']);
      expect(rows[8]).toEqual(['U8', 'Penanganan pengaduan, saran dan masukan', '8', '2.67', '0.2963']);
      expect(rows.slice(10)).toEqual([
        ['', 'Jumlah NRR tertimbang', '', '', '3.2593'],
        ['', 'IKM (× 25)', '', '', '81.48'],
        ['', 'Mutu pelayanan', '', '', 'B (Baik)'],
        ['', 'Responden', '3', '', ''],
      ]);
      const xlsx = await ask('official', '32.16.08', TA, `from=${day}&to=${day}&lang=en`, '/export.xlsx');
      expect(xlsx.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await xlsx.arrayBuffer());
      const sheet = book.getWorksheet('IKM')!;
      expect(sheet.getRow(1).values).toEqual([undefined, 'Code', 'Element', 'Sum of scores', 'Mean', 'Weighted mean']);
      expect([sheet.getCell('B12').value, sheet.getCell('E12').value, sheet.getCell('D2').value, sheet.getCell('C14').value]).toEqual(['IKM (× 25)', 81.48, 3, 3]);
      const [audit] = await listAudit({ db: get().db, unit: await unitByCode(get().db, TA) }, { action: 'stats.export' });
      expect(audit).toMatchObject({ targetType: 'skm', targetId: 'xlsx' });
      expect((await ask('desk', TA, TA, `from=${day}&to=${day}`, '/export.csv')).status).toBe(403);
      expect((await ask('comms', '32.16', '32.75', `from=${day}&to=${day}`, '/export.xlsx')).status).toBe(403);
      expect((await ask('comms', '32.16', TA, 'from=2026-02-01&to=2026-01-01', '/export.csv')).status).toBe(422);
    });

    it('refuses other tenants and roles without statistics (403), the signed-out (401) and bad dates (422)', async () => {
      expect((await ask('comms', '32.16', '32.75')).status).toBe(403);
      expect((await ask('admin', TA, '32.16.08')).status).toBe(403);
      expect((await ask('desk', TA, TA)).status).toBe(403);
      expect((await ask('health', '32.16', TA)).status).toBe(403);
      expect((await ask(null, TA, TA)).status).toBe(401);
      for (const query of ['', `from=${day}`, 'from=2026-13-01&to=2026-12-31', 'from=2026-02-01&to=2026-01-01', 'from=2019-12-31&to=2020-01-31', 'from=2024-01-01&to=2025-12-31', 'from=x&to=y']) {
        expect((await ask('comms', '32.16', TA, query)).status, query).toBe(422);
      }
    });
  },
  async (database) => {
    await seedAreas(database.db);
  },
);
