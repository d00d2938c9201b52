import { expect, it } from 'vitest';
import { deskBoard, manualCheckin } from '@/lib/desk/desk';
import { AppError } from '@/lib/errors';
import { officeHours } from '@/lib/services/input';
import { createService } from '@/lib/services/services';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';

const TA = '32.16.08.1008';

const refused = async (run: () => Promise<unknown>) => {
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).status;
};

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

      const board = await deskBoard(desk);
      expect(board.log.map((e) => [e.channel, e.status, e.service])).toEqual([
        ['desk', 'kuning', null],
        ['desk', 'kuning', 'KTP-el'],
        ['desk', 'hijau', 'KTP-el'],
      ]);
      expect(board.log.every((e) => !('visitorKey' in e))).toBe(true);
      expect(board.load).toEqual([{ serviceId: ktp.id, name: 'KTP-el', capacity: 2, checkins: 2, admitted: 1 }]);
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
      const before = (await deskBoard(desk)).log.length;
      expect(await refused(() => manualCheckin(desk, { serviceId: other.id, status: 'hijau' }))).toBe(404);
      expect(await refused(() => manualCheckin(desk, { serviceId: null }))).toBe(422);
      expect(await refused(() => manualCheckin(desk, { serviceId: null, status: 'ungu' }))).toBe(422);
      expect((await deskBoard(desk)).log).toHaveLength(before);
    });
  },
  (database) => seedAreas(database.db),
);
