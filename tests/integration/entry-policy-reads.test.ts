import { beforeAll, expect, it } from 'vitest';
import { insertBatchSql, type NewCheckin } from '@/lib/checkins/ingest-sql';
import type { RefusalReason } from '@/lib/checkins/vocabulary';
import type { Ctx } from '@/lib/context';
import { chartSvg } from '@/lib/exports/chart';
import type { AuthorizedUnit } from '@/lib/auth/authorized-unit';
import { entryPolicies } from '@/lib/db/schema';
import { posterContent } from '@/lib/posters/content';
import { createPoster, getPosterInUnit } from '@/lib/posters/posters';
import { officeHours } from '@/lib/services/input';
import { createService } from '@/lib/services/services';
import type { Status } from '@/lib/services/vocabulary';
import { groupedStats } from '@/lib/stats/grouped';
import { markedRows, markRowKey } from '@/lib/stats/mark-rows';
import { policyMarks } from '@/lib/stats/policy-marks';
import { dateRange } from '@/lib/stats/range';
import { refusalsByReason } from '@/lib/stats/reasons';
import { addEntryPolicy, policyAt, policyChain } from '@/lib/tenancy/entry-policy';
import { entryPolicyView } from '@/lib/tenancy/entry-policy-view';
import { localDate, startOfLocalDay } from '@/lib/time/local';
import type { TestDatabase } from '../support/databases';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas, unitByCode } from '../support/fixtures';

const REGENCY = '32.16'; // Kabupaten Bekasi
const KEC = '32.16.08'; // Kecamatan Cikarang Barat
const TA = '32.16.08.1008'; // Kelurahan Telaga Asih
const TM = '32.16.08.2001'; // Desa Telagamurni
const KOTA = '32.75'; // Kota Bekasi

const WIB = 'Asia/Jakarta';
const midnight = (date: string) => startOfLocalDay(date, WIB);

/** Policies of September 2021 around Telaga Asih, a sibling and another regency, and one scheduled far ahead. */
async function seed(database: TestDatabase) {
  const { db } = database;
  await seedAreas(db);
  const id = async (code: string) => (await unitByCode(db, code)).id;
  await db.insert(entryPolicies).values([
    { unitId: await id(REGENCY), name: 'SE Bupati — minimal dosis pertama', admits: ['hijau', 'kuning'], effectiveFrom: midnight('2021-09-09') },
    { unitId: await id(TA), name: 'Kebijakan awal kelurahan', admits: ['hijau', 'kuning'], effectiveFrom: midnight('2021-09-01') },
    { unitId: await id(TA), name: 'SE Lurah — hanya vaksin lengkap', admits: ['hijau'], effectiveFrom: midnight('2021-09-15') },
    { unitId: await id(TA), name: 'Kebijakan mendatang', admits: ['hijau'], effectiveFrom: midnight('2099-01-01') },
    { unitId: await id(TM), name: 'SE Kepala Desa', admits: ['hijau'], effectiveFrom: midnight('2021-09-12') },
    { unitId: await id(KOTA), name: 'SE 440/1395/SET.COVID-19 — minimal dosis pertama', admits: ['hijau', 'kuning'], effectiveFrom: midnight('2021-09-09') },
  ]);
}

describeEachDatabase(
  'entry policies as the posters page, the posters and the dashboards read them',
  (get) => {
    let ta: AuthorizedUnit;
    beforeAll(async () => {
      ta = await unitByCode(get().db, TA);
    });

    it('shows the policy in force with the policies that make it, and the unit’s own over time', async () => {
      const { db } = get();
      const view = await entryPolicyView({ db, unit: ta }, new Date('2021-09-20T05:00:00Z'));
      expect(view.inForce.admits).toEqual(['hijau']);
      expect(view.inForce.levels.map((l) => [l.unit.id, l.policy.name])).toEqual([
        [(await unitByCode(db, REGENCY)).id, 'SE Bupati — minimal dosis pertama'],
        [ta.id, 'SE Lurah — hanya vaksin lengkap'],
      ]);
      expect(view.own.map((o) => [o.policy.name, o.state])).toEqual([
        ['Kebijakan mendatang', 'scheduled'],
        ['SE Lurah — hanya vaksin lengkap', 'in_force'],
        ['Kebijakan awal kelurahan', 'past'],
      ]);
      expect(view.scheduled.map((l) => l.policy.name)).toEqual(['Kebijakan mendatang']);

      // Before the regency's circular, only the kelurahan's first policy is in force.
      const early = await entryPolicyView({ db, unit: ta }, new Date('2021-09-05T05:00:00Z'));
      expect(early.inForce.levels.map((l) => l.policy.name)).toEqual(['Kebijakan awal kelurahan']);
      expect(early.own.map((o) => o.state)).toEqual(['scheduled', 'scheduled', 'in_force']);
    });

    it('marks the unit’s own and inherited policy changes in a range, not a sibling’s or another regency’s', async () => {
      const { db } = get();
      const september = dateRange('2021-09-01', '2021-09-30', WIB);
      const regency = await unitByCode(db, REGENCY);
      const marks = await policyMarks({ db, unit: ta }, september);
      expect(marks).toEqual([
        { date: '2021-09-01', name: 'Kebijakan awal kelurahan', unitName: ta.name, own: true, admits: ['hijau', 'kuning'] },
        { date: '2021-09-09', name: 'SE Bupati — minimal dosis pertama', unitName: regency.name, own: false, admits: ['hijau', 'kuning'] },
        { date: '2021-09-15', name: 'SE Lurah — hanya vaksin lengkap', unitName: ta.name, own: true, admits: ['hijau'] },
      ]);
      // A change at 00.00 WIB on the range's first day is inside it; the day before is not.
      expect((await policyMarks({ db, unit: ta }, dateRange('2021-09-09', '2021-09-14', WIB))).map((m) => m.name)).toEqual(['SE Bupati — minimal dosis pertama']);
      expect(await policyMarks({ db, unit: ta }, dateRange('2021-09-10', '2021-09-14', WIB))).toEqual([]);
      // The regency sees its own circular only, not the kelurahan's or the village's below it.
      expect((await policyMarks({ db, unit: regency }, september)).map((m) => m.name)).toEqual(['SE Bupati — minimal dosis pertama']);
    });

    it('places a mark on its day, its week (from Monday) or its month, and nowhere on other groupings', async () => {
      const { db } = get();
      const range = dateRange('2021-09-01', '2021-09-30', WIB);
      const [mark] = (await policyMarks({ db, unit: ta }, range)).filter((m) => m.date === '2021-09-15');
      const keyIn = async (g: 'day' | 'week' | 'month' | 'status') => markRowKey(mark!, (await groupedStats({ db, unit: ta }, range, g)).rows, g);
      expect([await keyIn('day'), await keyIn('week'), await keyIn('month'), await keyIn('status')]).toEqual(['2021-09-15', '2021-09-13', '2021-09', null]);

      // What a chart draws: one mark per bar, the names of changes within one bar joined.
      const marks = await policyMarks({ db, unit: ta }, range);
      const weeks = (await groupedStats({ db, unit: ta }, range, 'week')).rows;
      expect(weeks.map((w) => w.key)).toEqual(['2021-08-30', '2021-09-06', '2021-09-13', '2021-09-20', '2021-09-27']);
      expect(markedRows(marks, weeks, 'week')).toEqual([
        { row: 0, label: 'Kebijakan awal kelurahan' },
        { row: 1, label: 'SE Bupati — minimal dosis pertama' },
        { row: 2, label: 'SE Lurah — hanya vaksin lengkap' },
      ]);
      expect(markedRows(marks, (await groupedStats({ db, unit: ta }, range, 'month')).rows, 'month')).toEqual([
        { row: 0, label: 'Kebijakan awal kelurahan · SE Bupati — minimal dosis pertama · SE Lurah — hanya vaksin lengkap' },
      ]);
      // The exported chart image draws them too.
      const svg = chartSvg({
        title: 'Telaga Asih',
        subtitle: 'September 2021',
        axis: 'Check-in',
        source: 'Sumber: Pindai',
        layout: 'columns',
        bars: weeks.map((w) => ({ label: w.key, byStatus: w.byStatus })),
        legend: {},
        locale: 'id',
        marks: markedRows(marks, weeks, 'week').map((m) => ({ bar: m.row, label: m.label })),
      });
      expect(svg.match(/stroke-dasharray="6 3"/g)).toHaveLength(3);
      expect(svg).toContain('>SE Lurah — hanya vaksin lengkap</text>');
    });

    it('prints the policy in force on a poster, narrowed by its service, read past the check-in cache', async () => {
      const { db } = get();
      const admin: Ctx = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      const door = await createPoster(admin, { label: 'Pintu Utama' });
      const today = localDate(new Date(), WIB);
      const day = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: WIB });
      // The far-future policy is not in force yet; September 2021's are.
      const before = await posterContent({ db, unit: ta }, door);
      expect(before.admits).toBe('Boleh masuk: Hijau (vaksin lengkap).');
      expect(before.policy).toBe(
        `Dasar: SE Bupati — minimal dosis pertama (berlaku sejak ${day.format(midnight('2021-09-09'))}); SE Lurah — hanya vaksin lengkap (berlaku sejak 15 September 2021)`,
      );

      // A check-in has cached the chain; a new policy still reaches the next rendering at once.
      await policyChain({ db, unit: ta });
      await db.insert(entryPolicies).values({ unitId: ta.id, name: 'SE Lurah 2/2026 — dosis pertama lagi', admits: ['hijau', 'kuning'], effectiveFrom: midnight(today) });
      const after = await posterContent({ db, unit: ta }, await getPosterInUnit({ db, unit: ta }, door.id));
      expect(after.admits).toBe('Boleh masuk: Hijau (vaksin lengkap) dan Kuning (dosis pertama).');
      expect(after.policy).toContain(`SE Lurah 2/2026 — dosis pertama lagi (berlaku sejak ${day.format(midnight(today))})`);

      // A service that admits hijau only narrows what its counter's poster prints.
      const service = await createService(admin, { name: 'Legalisir', category: 'umum', openingHours: officeHours, admits: ['hijau', 'tidak_tercatat'] });
      const counter = await createPoster(admin, { label: 'Loket 1', serviceId: service.id });
      expect((await posterContent({ db, unit: ta }, counter)).admits).toBe('Boleh masuk: Hijau (vaksin lengkap).');
    });

    it('lets a service admit not-recorded visitors and a stricter unit policy say so on the poster', async () => {
      const { db } = get();
      const tm = await unitByCode(db, TM);
      const admin: Ctx = await ctxFor(db, await actorWith(db, 'admin', TM), TM);
      const service = await createService(admin, { name: 'Surat keterangan', category: 'umum', openingHours: officeHours, admits: ['hijau', 'kuning', 'tidak_tercatat'] });
      expect(service.admits).toEqual(['hijau', 'kuning', 'tidak_tercatat']);
      await expect(createService(admin, { name: 'Hitam', category: 'umum', openingHours: officeHours, admits: ['hitam'] })).rejects.toMatchObject({ status: 422 });
      // Telagamurni admits hijau only since September 2021: the policy wins over the service.
      const poster = await createPoster(admin, { label: 'Loket SK', serviceId: service.id });
      expect((await posterContent({ db, unit: tm }, poster)).admits).toBe('Boleh masuk: Hijau (vaksin lengkap).');
      expect(policyAt(await policyChain({ db, unit: tm }), new Date()).admits).toEqual(['hijau']);
    });

    it('refuses a looser policy below a stricter one, naming the field', async () => {
      const { db } = get();
      const effectiveDate = localDate(new Date(), WIB);
      const camat: Ctx = await ctxFor(db, await actorWith(db, 'admin', KEC), KEC);
      await addEntryPolicy(camat, { name: 'SE Camat — hanya vaksin lengkap', admits: ['hijau'], effectiveDate });
      const lurah: Ctx = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      await expect(addEntryPolicy(lurah, { name: 'Longgar', admits: ['hijau', 'kuning'], effectiveDate })).rejects.toMatchObject({
        status: 422,
        fields: { admits: expect.stringMatching(/^Kebijakan unit induk tidak menerima kuning/) },
      });
      expect((await entryPolicyView({ db, unit: ta })).own.map((o) => o.policy.name)).not.toContain('Longgar');
    });
  },
  seed,
);

type Scan = { code: string; status: Status; admitted: boolean; reason: RefusalReason | null; kind?: 'in' | 'out' };

/** Refused and admitted scans on Monday 23 November 2026 (WIB) in two villages and another regency. */
const scans: Scan[] = [
  { code: TA, status: 'merah', admitted: false, reason: 'status' },
  { code: TA, status: 'hitam', admitted: false, reason: 'status' },
  { code: TA, status: 'tidak_tercatat', admitted: false, reason: 'not_recorded' },
  { code: TA, status: 'hijau', admitted: false, reason: 'closed' },
  { code: TA, status: 'hijau', admitted: true, reason: null },
  { code: TA, status: 'hijau', admitted: true, reason: null, kind: 'out' },
  { code: TM, status: 'kuning', admitted: false, reason: 'full' },
  { code: TM, status: 'kuning', admitted: false, reason: 'full' },
  { code: TM, status: 'hijau', admitted: false, reason: 'paused' },
  { code: '32.75.01.1001', status: 'hijau', admitted: false, reason: 'closed' },
];

async function seedScans(database: TestDatabase) {
  const { db } = database;
  await seedAreas(db);
  const rows: NewCheckin[] = [];
  for (const [i, s] of scans.entries()) {
    rows.push({
      unitId: (await unitByCode(db, s.code)).id,
      serviceId: null,
      posterId: null,
      kind: s.kind ?? 'in',
      status: s.status,
      admitted: s.admitted,
      reason: s.reason,
      channel: 'qr',
      visitorKey: null,
      occurredAt: new Date(Date.UTC(2026, 10, 23, 2, i)),
      apiKeyId: null,
      idempotencyKey: null,
    });
  }
  await db.execute(insertBatchSql(rows));
}

describeEachDatabase(
  'why visitors were refused, from the hourly rollups',
  (get) => {
    const day = dateRange('2026-11-23', '2026-11-23', WIB);
    const counts = async (code: string, range = day) => refusalsByReason({ db: get().db, unit: await unitByCode(get().db, code) }, range);

    it('counts a village’s refusals by reason from its unit rows', async () => {
      expect(await counts(TA)).toEqual({ status: 2, not_recorded: 1, closed: 1, full: 0, paused: 0 });
      expect(await counts(TM)).toEqual({ status: 0, not_recorded: 0, closed: 0, full: 2, paused: 1 });
    });

    it('sums a kecamatan and a regency from their area rollups, and nothing of Kota Bekasi', async () => {
      expect(await counts(KEC)).toEqual({ status: 2, not_recorded: 1, closed: 1, full: 2, paused: 1 });
      expect(await counts(REGENCY)).toEqual({ status: 2, not_recorded: 1, closed: 1, full: 2, paused: 1 });
      expect(await counts(KOTA)).toEqual({ status: 0, not_recorded: 0, closed: 1, full: 0, paused: 0 });
    });

    it('counts only the selected range', async () => {
      expect(await counts(KEC, dateRange('2026-11-24', '2026-11-30', WIB))).toEqual({ status: 0, not_recorded: 0, closed: 0, full: 0, paused: 0 });
    });
  },
  seedScans,
);
