import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { recordCheckin } from '@/lib/checkins/checkin';
import { queryRows } from '@/lib/db/client';
import type { AuthorizedUnit } from '@/lib/auth/authorized-unit';
import { type Service, units, vaccinationRegistry } from '@/lib/db/schema';
import { createService, setServicePaused } from '@/lib/services/services';
import { officeHours } from '@/lib/services/input';
import type { Status } from '@/lib/services/vocabulary';
import { addEntryPolicy } from '@/lib/tenancy/entry-policy';
import { addDays, localDate, startOfLocalDay } from '@/lib/time/local';
import { rollupMismatches } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, authorized, ctxFor, seedAreas, unitByCode } from '../support/fixtures';

const TA = '32.16.08.1008'; // a kelurahan of Kabupaten Bekasi
const SIBLING = '32.16.08.2002';
const KAB = '32.16';
const WIB = 'Asia/Jakarta';

/** A local wall-clock time in a zone as an instant: ('2026-11-23', '08:00', WIB). */
const at = (date: string, hhmm: string, zone = WIB) =>
  new Date(startOfLocalDay(date, zone).getTime() + (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))) * 60_000);

const MONDAY = '2026-11-23';
const FRIDAY = '2026-11-27';

describeEachDatabase(
  'the door’s rules at their edges',
  (get) => {
    const scan = async (unit: AuthorizedUnit, service: Service | null, when: Date, status: Status = 'hijau') => {
      const { db } = get();
      const outcome = await recordCheckin(db, {
        point: { unit, service, posterId: null },
        visitorKey: null,
        kind: 'in',
        channel: 'api',
        status,
        occurredAt: when,
      });
      return outcome.admitted ? 'admitted' : outcome.reason;
    };
    const service = async (code: string, over: Record<string, unknown> = {}) => {
      const { db } = get();
      const ctx = await ctxFor(db, await actorWith(db, 'admin', code), code);
      return { ctx, service: await createService(ctx, { name: `Loket ${Math.random()}`, category: 'kependudukan', openingHours: officeHours, ...over }) };
    };

    it('opens at the opening minute and closes at the closing minute, in the unit’s zone', async () => {
      const { db } = get();
      const unit = await unitByCode(db, TA);
      const { service: s } = await service(TA);
      expect(await scan(unit, s, at(MONDAY, '07:59'))).toBe('closed');
      expect(await scan(unit, s, at(MONDAY, '08:00'))).toBe('admitted');
      expect(await scan(unit, s, at(MONDAY, '14:59'))).toBe('admitted');
      expect(await scan(unit, s, at(MONDAY, '15:00'))).toBe('closed');
      // Friday's short hours: 08.00–11.00.
      expect(await scan(unit, s, at(FRIDAY, '10:59'))).toBe('admitted');
      expect(await scan(unit, s, at(FRIDAY, '11:00'))).toBe('closed');
      expect(await scan(unit, s, at('2026-11-29', '09:00'))).toBe('closed'); // Sunday
    });

    it('admits exactly the daily capacity, even in one burst, and starts again the next day', async () => {
      const { db } = get();
      const unit = await unitByCode(db, TA);
      const { service: s } = await service(TA, { dailyCapacity: 3 });
      expect(await scan(unit, s, at(MONDAY, '09:00'), 'merah')).toBe('status'); // a refusal uses no place
      const burst = await Promise.all(Array.from({ length: 8 }, (_, i) => scan(unit, s, at(MONDAY, `10:0${i}`))));
      expect(burst.filter((r) => r === 'admitted')).toHaveLength(3);
      expect(burst.filter((r) => r === 'full')).toHaveLength(5);
      expect(await scan(unit, s, at(MONDAY, '14:00'))).toBe('full');
      expect(await scan(unit, s, at(addDays(MONDAY, 1), '08:00'))).toBe('admitted');
    });

    it('decides scans whose status the registry gives at a service with a quota (the embedded database, one connection, included)', async () => {
      const { db } = get();
      const unit = await unitByCode(db, TA);
      const { service: s } = await service(TA, { dailyCapacity: 1 });
      const kab = await unitByCode(db, KAB);
      await db.insert(vaccinationRegistry).values([
        { visitorKey: 'door-rules-two-doses', doses: 2, sourceUnitId: kab.id },
        { visitorKey: 'door-rules-two-doses-too', doses: 2, sourceUnitId: kab.id },
      ]);
      const byRegistry = async (visitorKey: string) => {
        const outcome = await recordCheckin(db, {
          point: { unit, service: s, posterId: null },
          visitorKey,
          kind: 'in',
          channel: 'api',
          occurredAt: at(MONDAY, '09:00'),
        });
        return outcome.admitted ? outcome.status : outcome.reason;
      };
      expect(await byRegistry('door-rules-unknown')).toBe('not_recorded');
      expect(await byRegistry('door-rules-two-doses')).toBe('hijau');
      expect(await byRegistry('door-rules-two-doses-too')).toBe('full');
    });

    it('records a paused service’s scan as refused, with its reason', async () => {
      const { db } = get();
      const unit = await unitByCode(db, TA);
      const { ctx, service: s } = await service(TA);
      const paused = await setServicePaused(ctx, s.id, true);
      expect(await scan(unit, paused, at(MONDAY, '09:00'))).toBe('paused');
    });

    it('applies a policy from local midnight, in a WIB and in a WITA unit', async () => {
      const { db } = get();
      const [wita] = await db.insert(units).values({ kind: 'regency', name: 'Kota Makassar', code: '73.71', timeZone: 'Asia/Makassar' }).returning();
      for (const unit of [await unitByCode(db, SIBLING), authorized(wita!)]) {
        const zone = unit.timeZone;
        const tomorrow = addDays(localDate(new Date(), zone), 1);
        const ctx = { db, actor: await actorWith(db, 'superadmin'), unit };
        await addEntryPolicy(ctx, { name: 'Hanya vaksin lengkap', admits: ['hijau'], effectiveDate: tomorrow });
        const midnight = at(tomorrow, '00:00', zone);
        expect(await scan(unit, null, new Date(midnight.getTime() - 60_000), 'kuning')).toBe('admitted');
        expect(await scan(unit, null, midnight, 'kuning')).toBe('status');
        expect(await scan(unit, null, midnight, 'hijau')).toBe('admitted');
      }
    });

    it('inherits an ancestor’s policy, lets a child be stricter and refuses a looser child', async () => {
      const { db } = get();
      const root = await actorWith(db, 'superadmin');
      const today = localDate(new Date(), WIB);
      const now = new Date();
      const kab = await unitByCode(db, '32.01'); // Kabupaten Bogor: untouched by the other tests
      const child = await queryRows<{ code: string }>(db, sql`SELECT code FROM units WHERE parent_id = ${kab.id} ORDER BY code LIMIT 2`);
      const [a, b] = await Promise.all(child.map((c) => unitByCode(db, c.code)));
      await addEntryPolicy({ db, actor: root, unit: kab }, { name: 'Pemkab: minimal dosis pertama', admits: ['hijau', 'kuning'], effectiveDate: today });
      await addEntryPolicy({ db, actor: root, unit: a! }, { name: 'Kecamatan: hanya vaksin lengkap', admits: ['hijau'], effectiveDate: today });
      expect(await scan(a!, null, now, 'kuning')).toBe('status');
      expect(await scan(b!, null, now, 'kuning')).toBe('admitted');
      await expect(
        addEntryPolicy({ db, actor: root, unit: b! }, { name: 'Longgar', admits: ['hijau', 'kuning', 'merah'], effectiveDate: today }),
      ).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/hanya boleh lebih ketat/) });
      // A parent made stricter later narrows the child that said nothing.
      await addEntryPolicy({ db, actor: root, unit: kab }, { name: 'Pemkab: vaksin lengkap', admits: ['hijau'], effectiveDate: today });
      expect(await scan(b!, null, new Date(), 'kuning')).toBe('status');
    });

    it('keeps not-recorded apart from merah, admitted only where the policy says so', async () => {
      const { db } = get();
      const unit = await unitByCode(db, KAB);
      expect(await scan(unit, null, new Date(), 'tidak_tercatat')).toBe('not_recorded');
      const ctx = { db, actor: await actorWith(db, 'superadmin'), unit };
      await addEntryPolicy(ctx, { name: 'Tidak tercatat boleh masuk', admits: ['hijau', 'kuning', 'tidak_tercatat'], effectiveDate: localDate(new Date(), WIB) });
      expect(await scan(unit, null, new Date(), 'tidak_tercatat')).toBe('admitted');
      expect(await scan(unit, null, new Date(), 'merah')).toBe('status');
      expect(await rollupMismatches(db)).toEqual([]);
    });
  },
  (database) => seedAreas(database.db),
);
