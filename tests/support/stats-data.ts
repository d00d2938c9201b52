import { insertBatchSql, type NewCheckin } from '@/lib/checkins/ingest-sql';
import { createPoster } from '@/lib/posters/posters';
import { officeHours } from '@/lib/services/input';
import { createService } from '@/lib/services/services';
import type { Status } from '@/lib/services/vocabulary';
import type { TestDatabase } from './databases';
import { actorWith, ctxFor, seedAreas, unitByCode } from './fixtures';

// Monday 23 November 2026, 10.30 WIB.
export const NOW = new Date('2026-11-23T03:30:00Z');
export const KEC = '32.16.08'; // Kecamatan Cikarang Barat
export const TA = '32.16.08.1008'; // Kelurahan Telaga Asih
export const TM = '32.16.08.2001'; // Desa Telagamurni
const WS = '32.16.07.1001'; // Kelurahan Wanasari, Kecamatan Cibitung
const KOTA = '32.75.01.1001'; // Kota Bekasi: another regency

type Spec = { code: string; at: string; status: Status; admitted: boolean; kind?: 'in' | 'out'; service?: 'ktp' | 'izin' };

/** Known events around midnight WIB, across units, statuses, services and weeks. */
const events: Spec[] = [
  { code: TA, at: '2026-11-22T16:59:00Z', status: 'hijau', admitted: true }, // Sunday 23.59 WIB
  { code: TA, at: '2026-11-22T17:00:00Z', status: 'kuning', admitted: true, service: 'ktp' }, // Monday 00.00
  { code: TA, at: '2026-11-23T01:15:00Z', status: 'hijau', admitted: true, service: 'ktp' },
  { code: TA, at: '2026-11-23T01:45:00Z', status: 'merah', admitted: false, service: 'ktp' },
  { code: TA, at: '2026-11-23T02:10:00Z', status: 'hijau', admitted: true, kind: 'out', service: 'ktp' },
  { code: TA, at: '2026-11-16T01:30:00Z', status: 'hijau', admitted: true }, // last Monday
  { code: TA, at: '2026-11-16T05:00:00Z', status: 'hijau', admitted: true },
  { code: TM, at: '2026-11-23T02:30:00Z', status: 'hitam', admitted: false, service: 'izin' },
  { code: TM, at: '2026-11-23T02:45:00Z', status: 'tidak_tercatat', admitted: false, service: 'izin' },
  { code: TM, at: '2026-11-20T03:00:00Z', status: 'hijau', admitted: true, service: 'izin' }, // Friday
  { code: WS, at: '2026-11-23T03:00:00Z', status: 'hijau', admitted: true },
  { code: KOTA, at: '2026-11-23T03:00:00Z', status: 'hijau', admitted: true },
];

/** Ingests the events through the check-in path's batch statement, rollups and all. */
export async function seedStats(database: TestDatabase) {
  const { db } = database;
  await seedAreas(db);
  const root = await actorWith(db, 'superadmin');
  const service = (code: string, name: string, category: string) =>
    ctxFor(db, root, code).then((ctx) => createService(ctx, { name, category, openingHours: officeHours, dailyCapacity: 50 }));
  const ids = { ktp: (await service(TA, 'Perekaman KTP-el', 'kependudukan')).id, izin: (await service(TM, 'Izin usaha mikro', 'perizinan')).id };
  await createPoster(await ctxFor(db, root, TA), { label: 'Pintu Utama' });
  const rows: NewCheckin[] = [];
  for (const e of events) {
    rows.push({
      unitId: (await unitByCode(db, e.code)).id,
      serviceId: e.service ? ids[e.service] : null,
      posterId: null,
      kind: e.kind ?? 'in',
      status: e.status,
      admitted: e.admitted,
      reason: e.admitted || e.kind === 'out' ? null : e.status === 'tidak_tercatat' ? 'not_recorded' : 'status',
      channel: 'qr',
      visitorKey: null,
      occurredAt: new Date(e.at),
      apiKeyId: null,
      idempotencyKey: null,
    });
  }
  await db.execute(insertBatchSql(rows));
}
