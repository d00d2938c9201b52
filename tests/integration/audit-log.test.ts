import { expect, it } from 'vitest';
import { describeChange } from '@/lib/audit/describe';
import { countAudit, listAudit } from '@/lib/audit/log';
import { id as t } from '@/lib/i18n/id';
import { createPoster } from '@/lib/posters/posters';
import { officeHours } from '@/lib/services/input';
import { createService, updateService } from '@/lib/services/services';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas, unitByCode } from '../support/fixtures';

const DISTRICT = '32.16.08'; // Kecamatan Cikarang Barat
const VILLAGE = '32.16.08.1008'; // Kelurahan Telaga Asih, below it
const SIBLING = '32.16.07';

describeEachDatabase(
  'the audit log',
  (get) => {
    it('an ancestor reads its subtree’s entries, named by unit; a sibling and a unit below do not read its own', async () => {
      const { db } = get();
      const village = await ctxFor(db, await actorWith(db, 'admin', VILLAGE), VILLAGE);
      const district = await ctxFor(db, await actorWith(db, 'admin', DISTRICT), DISTRICT);
      const poster = await createPoster(village, { label: 'Pintu Audit Bawah' });
      await createService(district, {
        name: 'Legalisir Kecamatan',
        category: 'kependudukan',
        openingHours: officeHours,
      });

      const seenAt = async (code: string) =>
        (await listAudit({ db, unit: await unitByCode(db, code) })).map((e) => [
          e.action,
          e.unit.name,
          e.targetId,
        ]);
      expect(await seenAt(DISTRICT)).toContainEqual([
        'poster.create',
        'Telaga Asih',
        String(poster.id),
      ]);
      expect(await seenAt(DISTRICT)).toContainEqual([
        'service.create',
        'Cikarang Barat',
        expect.any(String),
      ]);
      expect((await seenAt(VILLAGE)).map(([action]) => action)).not.toContain('service.create');
      expect((await seenAt(SIBLING)).map(([action]) => action)).not.toContain('poster.create');
      expect(await seenAt('32.16')).toContainEqual([
        'poster.create',
        'Telaga Asih',
        String(poster.id),
      ]);
    });

    it('pages and orders the log, the count following the filter', async () => {
      const { db } = get();
      const unit = '32.16.08.2001';
      const admin = await ctxFor(db, await actorWith(db, 'admin', unit), unit);
      for (let i = 1; i <= 5; i++) await createPoster(admin, { label: `Pintu ${i}` });
      const filter = { action: 'poster.create' };
      expect(await countAudit(admin, filter)).toBe(5);
      const labels = async (page: number, order: 'asc' | 'desc') =>
        (await listAudit(admin, { ...filter, limit: 2, page, order })).map(
          (e) => (e.after as { label: string }).label,
        );
      expect(await labels(1, 'desc')).toEqual(['Pintu 5', 'Pintu 4']);
      expect(await labels(3, 'desc')).toEqual(['Pintu 1']);
      expect(await labels(1, 'asc')).toEqual(['Pintu 1', 'Pintu 2']);
    });

    it('says a change in words: only what changed, before → after, with roles, statuses and hours by name', async () => {
      const { db } = get();
      const admin = await ctxFor(db, await actorWith(db, 'admin', VILLAGE), VILLAGE);
      const base = {
        name: 'KTP-el',
        category: 'kependudukan',
        openingHours: officeHours,
        dailyCapacity: 20,
        admits: ['hijau'],
      };
      const service = await createService(admin, base);
      await updateService(admin, service.id, {
        ...base,
        dailyCapacity: 30,
        admits: ['hijau', 'kuning'],
      });
      const [entry] = await listAudit(admin, { action: 'service.update' });
      expect(describeChange(entry!.before, entry!.after, t)).toEqual(
        expect.arrayContaining([
          { field: 'Kuota harian', before: '20', after: '30' },
          { field: 'Boleh masuk', before: 'Hijau', after: 'Hijau, Kuning' },
        ]),
      );
      expect(describeChange(entry!.before, entry!.after, t)).toHaveLength(2);
      expect(
        describeChange({ email: 'a@b.id', role: 'desk' }, { email: 'a@b.id', role: 'admin' }, t),
      ).toEqual([{ field: 'Peran', before: 'Petugas loket', after: 'Admin unit' }]);
      const [created] = describeChange(
        null,
        {
          openingHours: [{ open: '08:00', close: '15:00' }, null, null, null, null, null, null],
          paused: false,
        },
        t,
      );
      expect(created).toEqual({ field: 'Jam layanan', before: null, after: 'Sen 08.00–15.00' });
      expect(describeChange({ enabled: false }, { enabled: true }, t)).toEqual([
        { field: 'Aktif', before: 'tidak', after: 'ya' },
      ]);
    });
  },
  (database) => seedAreas(database.db),
);
