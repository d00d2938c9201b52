import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { listAudit } from '@/lib/audit/log';
import { parseIdentity, visitorKey, type Identity } from '@/lib/checkins/identity';
import { importRegistry } from '@/lib/checkins/registry-import';
import { registryProvider } from '@/lib/checkins/status';
import { queryRows, type Db } from '@/lib/db/client';
import type { AppError } from '@/lib/errors';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas, unitByCode } from '../support/fixtures';

// Finding 3: a health office of Kabupaten Bekasi rewrote a Kota Bekasi resident's status at
// every Kota Bekasi door (one global registry, an upsert that overwrote).
const KAB = '32.16';
const KOTA = '32.75';
const KAB_DOOR = '32.16.08.1008'; // Kelurahan Telaga Asih
const KOTA_DOOR = '32.75.01'; // Kecamatan Bekasi Barat
const KOTA_RESIDENT = '3275012708920003';
const KAB_RESIDENT = '3216081505900001';
const PHONE = '081311112222';

const key = (typed: string) => visitorKey(parseIdentity(typed) as Identity);
const statusAt = async (db: Db, typed: string, code: string) =>
  (
    await registryProvider(db).statusAt([
      { visitorKey: key(typed), unitId: (await unitByCode(db, code)).id },
    ])
  )[0];
const healthOf = async (db: Db, code: string) =>
  ctxFor(db, await actorWith(db, 'health', code), code);
const registryRows = (db: Db) =>
  queryRows<{ visitor_key: string }>(
    db,
    sql`SELECT visitor_key, source_unit_id, doses, positive, updated_at FROM vaccination_registry ORDER BY 1, 2`,
  );
const statusOf = (run: () => Promise<unknown>) =>
  run().then(
    () => 'ok',
    (e: unknown) => (e as AppError).status ?? String(e),
  );

describeEachDatabase(
  'registry ownership: who writes a record and which doors it speaks at',
  (get) => {
    it('a health office writes only NIKs registered in its subtree; other rows are refused by line, in Indonesian', async () => {
      const { db } = get();
      const kota = await healthOf(db, KOTA);
      expect(
        await importRegistry(kota, `nik,dosis,positif\n${KOTA_RESIDENT},2,tidak\n`),
      ).toMatchObject({ imported: 1, added: 1, rejected: [] });
      const before = await registryRows(db);

      const kab = await healthOf(db, KAB);
      const report = await importRegistry(
        kab,
        `nik,dosis,positif\n${KOTA_RESIDENT},3,0\n${KAB_RESIDENT},2,tidak\n9999991505900001,2,tidak\n`,
      );
      expect(report).toEqual({
        imported: 1,
        added: 1,
        changed: 0,
        rejected: [
          {
            line: 2,
            reason: 'nik_outside',
            message: expect.stringMatching(/^NIK terdaftar di kecamatan di luar wilayah unit ini/),
          },
          { line: 4, reason: 'nik_region', message: 'kode wilayah NIK tidak dikenal' },
        ],
      });
      // The Kota resident's record is untouched, and still decides at the Kota doors.
      expect(
        (await registryRows(db)).filter((r) => before.some((b) => b.visitor_key === r.visitor_key)),
      ).toEqual(before);
      expect(await statusAt(db, KOTA_RESIDENT, KOTA_DOOR)).toBe('hijau');
    });

    it('a door consults only records whose writer’s subtree holds it; unknown there is tidak_tercatat', async () => {
      const { db } = get();
      // Phone numbers carry no region: each office may record one, for its own doors only.
      await importRegistry(await healthOf(db, KAB), `ponsel,dosis,positif\n${PHONE},0,tidak\n`);
      await importRegistry(await healthOf(db, KOTA), `ponsel,dosis,positif\n${PHONE},2,tidak\n`);
      expect([await statusAt(db, PHONE, KAB_DOOR), await statusAt(db, PHONE, KOTA_DOOR)]).toEqual([
        'merah',
        'hijau',
      ]);
      // The Kab resident recorded by the Kab office is unknown at a Kota door, and in Bogor.
      expect([
        await statusAt(db, KAB_RESIDENT, KAB_DOOR),
        await statusAt(db, KAB_RESIDENT, KOTA_DOOR),
        await statusAt(db, KAB_RESIDENT, '32.01'),
      ]).toEqual(['hijau', 'tidak_tercatat', 'tidak_tercatat']);
      // The province's office speaks at every door below it; the latest change among those that may speak decides.
      await importRegistry(await healthOf(db, '32'), `nik,dosis,positif\n${KOTA_RESIDENT},2,ya\n`);
      expect([
        await statusAt(db, KOTA_RESIDENT, KOTA_DOOR),
        await statusAt(db, KOTA_RESIDENT, KAB_DOOR),
      ]).toEqual(['hitam', 'hitam']);
      // One batch, many doors, answered in the order asked.
      const doors = await Promise.all(
        [KAB_DOOR, KOTA_DOOR].map(async (c) => (await unitByCode(db, c)).id),
      );
      const batch = await registryProvider(db).statusAt([
        { visitorKey: key(PHONE), unitId: doors[1]! },
        { visitorKey: key(PHONE), unitId: doors[0]! },
        { visitorKey: key('081399998888'), unitId: doors[0]! },
      ]);
      expect(batch).toEqual(['hijau', 'merah', 'tidak_tercatat']);
    });

    it('each import is audited on the units whose doors it affects, and only there', async () => {
      const { db } = get();
      const kab = await healthOf(db, KAB);
      await importRegistry(
        kab,
        `nik,dosis,positif\n${KAB_RESIDENT},1,tidak\n${KOTA_RESIDENT},0,tidak\n`,
      );
      const seen = async (code: string) =>
        (await listAudit({ db, unit: await unitByCode(db, code) }, { action: 'registry.import' }))
          .filter((e) => e.actorEmail === kab.actor.email)
          .map((e) => e.after);
      const entry = { area: kab.unit.name, added: 0, changed: 1, unchanged: 0, rejected: 1 };
      expect(await seen(KAB)).toEqual([entry]);
      expect(await seen(KAB_DOOR)).toEqual([entry]);
      expect(await seen(KOTA_DOOR)).toEqual([]);
      // The province oversees its subtree: the import is in its log as one of the regency's.
      expect(await seen('32')).toEqual([entry]);
    });

    it('refuses the wrong tenant and the wrong role, writing nothing', async () => {
      const { db } = get();
      const csv = `nik,dosis,positif\n${KOTA_RESIDENT},0,tidak\n`;
      const kabHealth = await actorWith(db, 'health', KAB);
      const kotaAdmin = await actorWith(db, 'admin', KOTA);
      const before = await registryRows(db);
      const audit = await queryRows(db, sql`SELECT count(*)::int AS n FROM audit_log`);
      expect({
        wrongTenant: await statusOf(async () =>
          importRegistry(await ctxFor(db, kabHealth, KOTA_DOOR), csv),
        ),
        wrongRole: await statusOf(async () =>
          importRegistry(await ctxFor(db, kotaAdmin, KOTA), csv),
        ),
      }).toEqual({ wrongTenant: 403, wrongRole: 403 });
      expect(await registryRows(db)).toEqual(before);
      expect(await queryRows(db, sql`SELECT count(*)::int AS n FROM audit_log`)).toEqual(audit);
    });
  },
  (database) => seedAreas(database.db),
);
