import { expect, it } from 'vitest';
import { deskBoard, deskLogQuery, LOG_PAGE, manualCheckin } from '@/lib/desk/desk';
import { officeHours } from '@/lib/services/input';
import { createService } from '@/lib/services/services';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';
import { refusal } from '../support/refusal';

const TA = '32.16.08.1008';

const all = deskLogQuery.parse({});

const refused = async (run: () => Promise<unknown>) => (await refusal(run)).status;

describeEachDatabase(
  'the desk',
  (get) => {
    it('records a manual check-in with the certificate’s status, decided by the service’s policy', async () => {
      const { db } = get();
      const desk = await ctxFor(db, await actorWith(db, 'desk', TA), TA);
      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      const ktp = await createService(admin, { name: 'KTP-el', category: 'kependudukan', openingHours: officeHours, dailyCapacity: 2, admits: ['hijau'] });

      const green = await manualCheckin(desk, { serviceId: ktp.id, status: 'hijau' });
      const yellow = await manualCheckin(desk, { serviceId: ktp.id, status: 'kuning' });
      const entrance = await manualCheckin(admin, { serviceId: null, status: 'kuning' });
      expect([green.admitted, yellow.admitted, entrance.admitted]).toEqual([true, false, true]);

      const board = await deskBoard(desk, all);
      expect(board.log.rows.map((e) => [e.channel, e.status, e.service, e.reason])).toEqual([
        ['desk', 'kuning', null, null],
        ['desk', 'kuning', 'KTP-el', 'status'],
        ['desk', 'hijau', 'KTP-el', null],
      ]);
      expect(board.log.rows.every((e) => !('visitorKey' in e) && e.visitorHint === null && e.code === null)).toBe(true);
      expect(board.load).toEqual([{ serviceId: ktp.id, name: 'KTP-el', capacity: 2, checkins: 2, admitted: 1 }]);
    });

    it('filters the log by decision and service and pages it, the page count following the filter', async () => {
      const { db } = get();
      const unit = '32.16.08.2001';
      const admin = await ctxFor(db, await actorWith(db, 'admin', unit), unit);
      const sim = await createService(admin, { name: 'SIM', category: 'kependudukan', openingHours: officeHours, admits: ['hijau'] });
      for (let i = 0; i < LOG_PAGE + 2; i++) await manualCheckin(admin, { serviceId: null, status: 'hijau' });
      await manualCheckin(admin, { serviceId: sim.id, status: 'merah' });
      const page = (q: Record<string, string>) => deskBoard(admin, deskLogQuery.parse(q));

      const first = await page({});
      expect([first.log.total, first.log.pages, first.log.rows.length]).toEqual([LOG_PAGE + 3, 2, LOG_PAGE]);
      expect((await page({ page: '2' })).log.rows).toHaveLength(3);
      const refusedRows = (await page({ outcome: 'refused' })).log;
      expect(refusedRows.rows.map((e) => [e.service, e.status, e.reason])).toEqual([['SIM', 'merah', 'status']]);
      expect(refusedRows.pages).toBe(1);
      expect((await page({ service: String(sim.id) })).log.total).toBe(1);
      expect((await page({ service: 'entrance', outcome: 'admitted' })).log.total).toBe(LOG_PAGE + 2);
      // Hostile values are ignored: the whole log, never an error.
      expect((await page({ outcome: 'semua', service: '-1', page: '1e9' })).log.total).toBe(LOG_PAGE + 3);
    });

    it('is refused to official, comms and health roles, and outside the unit’s subtree', async () => {
      const { db } = get();
      for (const role of ['official', 'comms', 'health'] as const) {
        const ctx = await ctxFor(db, await actorWith(db, role, TA), TA);
        expect(await refused(() => manualCheckin(ctx, { serviceId: null, status: 'hijau' }))).toBe(403);
      }
      const sibling = await ctxFor(db, await actorWith(db, 'desk', '32.16.08.2001'), TA);
      expect(await refused(() => manualCheckin(sibling, { serviceId: null, status: 'hijau' }))).toBe(403);
    });

    it('refuses another unit’s service and a missing status, writing nothing', async () => {
      const { db } = get();
      const admin = await ctxFor(db, await actorWith(db, 'admin', '32.16.08.2001'), '32.16.08.2001');
      const other = await createService(admin, { name: 'Izin usaha', category: 'perizinan', openingHours: officeHours });
      const desk = await ctxFor(db, await actorWith(db, 'desk', TA), TA);
      const before = (await deskBoard(desk, all)).log.total;
      expect(await refused(() => manualCheckin(desk, { serviceId: other.id, status: 'hijau' }))).toBe(404);
      expect(await refused(() => manualCheckin(desk, { serviceId: null }))).toBe(422);
      expect(await refused(() => manualCheckin(desk, { serviceId: null, status: 'ungu' }))).toBe(422);
      expect((await deskBoard(desk, all)).log.total).toBe(before);
    });
  },
  (database) => seedAreas(database.db),
);
