import { sql } from 'drizzle-orm';
import { insertBatchSql, type NewCheckin } from '@/lib/checkins/ingest-sql';
import type { RefusalReason } from '@/lib/checkins/vocabulary';
import { createPoster } from '@/lib/posters/posters';
import { officeHours } from '@/lib/services/input';
import { createService } from '@/lib/services/services';
import type { TestDatabase } from './databases';
import { actorWith, ctxFor, seedAreas, unitByCode } from './fixtures';

/**
 * Villages of Kecamatan Cikarang Barat, each made to need attention in one way, judged on
 * Monday 23 November 2026 (WIB). Their services keep office hours (Senin 08.00–15.00).
 */
export const KEC = '32.16.08';
/** No poster, a service open since 08.00 and no check-in today, every check-in of the week refused. */
export const JW = '32.16.08.2003'; // Jatiwangi
/** Busy and well: a poster, check-ins all week; scans refused before opening this morning. */
export const DI = '32.16.08.2004'; // Danau Indah
/** Twelve check-ins by 10.00 on each of the four Mondays before, two today. */
export const GM = '32.16.08.2005'; // Gandamekar
/** Every check-in admitted last week; today five of six refused. */
export const GS = '32.16.08.2006'; // Gandasari
/** Kota Bekasi: a kelurahan with a service and no poster, silent on Monday. */
export const KOTA_KEC = '32.75.01';
export const BJ = '32.75.01.1001'; // Bekasijaya

export const MONDAY_1030 = new Date('2026-11-23T03:30:00Z');

/** An instant in WIB: '2026-11-23 08:30'. */
const wib = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);

type Spec = { code: string; at: string; n?: number; refused?: RefusalReason };

const days = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

const events: Spec[] = [
  // Jatiwangi: six visitors on Friday, all refused for their status.
  { code: JW, at: '2026-11-20 09:00', n: 6, refused: 'status' },
  // Danau Indah: busy Tuesday to Friday, one in this morning, three scans before opening.
  ...days(17, 20).flatMap((d) => [{ code: DI, at: `2026-11-${d} 09:00`, n: d === 17 ? 4 : 2 }]),
  { code: DI, at: '2026-11-23 07:10', n: 3, refused: 'closed' },
  { code: DI, at: '2026-11-23 08:15' },
  // Gandamekar: twelve by 10.00 each Monday before, two today.
  ...['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'].flatMap((d) => [
    { code: GM, at: `${d} 08:20`, n: 6 },
    { code: GM, at: `${d} 09:20`, n: 6 },
  ]),
  { code: GM, at: '2026-11-23 08:30', n: 2 },
  // Gandasari: all admitted last week, five of six refused today.
  ...days(17, 20).flatMap((d) => [{ code: GS, at: `2026-11-${d} 10:00`, n: d === 17 ? 4 : 2 }]),
  { code: GS, at: '2026-11-23 08:40', n: 5, refused: 'status' },
  { code: GS, at: '2026-11-23 08:50' },
  // Bekasijaya checked in last week only.
  { code: BJ, at: '2026-11-16 09:00', n: 3 },
];

/** The areas, the services and posters above, and their check-ins through the ingest's batch statement. */
export async function seedAttention(database: TestDatabase) {
  const { db } = database;
  await seedAreas(db);
  const root = await actorWith(db, 'superadmin');
  for (const code of [JW, DI, GM, GS, BJ]) {
    await createService(await ctxFor(db, root, code), {
      name: 'Surat pengantar',
      category: 'umum',
      openingHours: officeHours,
    });
  }
  // The services are older than the weeks judged.
  await db.execute(sql`UPDATE services SET created_at = '2026-10-01T00:00:00Z'`);
  for (const code of [DI, GM, GS])
    await createPoster(await ctxFor(db, root, code), { label: 'Pintu Utama' });
  const rows: NewCheckin[] = [];
  for (const e of events) {
    const unitId = (await unitByCode(db, e.code)).id;
    for (let i = 0; i < (e.n ?? 1); i++) {
      rows.push({
        unitId,
        serviceId: null,
        posterId: null,
        kind: 'in',
        status: e.refused === 'status' ? 'merah' : 'hijau',
        admitted: !e.refused,
        reason: e.refused ?? null,
        channel: 'qr',
        visitorKey: null,
        occurredAt: new Date(wib(e.at).getTime() + i * 60_000),
        apiKeyId: null,
        idempotencyKey: null,
      });
    }
  }
  await db.execute(insertBatchSql(rows));
}
