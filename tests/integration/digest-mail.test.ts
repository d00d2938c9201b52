import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { digestEnabled, setDigestEnabled } from '@/lib/digest/setting';
import type { Actor } from '@/lib/auth/permissions';
import { dailyDigestJob } from '@/lib/jobs/daily-digest';
import { runJobNow } from '@/lib/jobs/runner';
import { listJobRuns } from '@/lib/jobs/runs';
import { DI, JW, KEC, KOTA_KEC, seedAttention } from '../support/attention-data';
import type { TestDatabase } from '../support/databases';
import { describeEachDatabase } from '../support/each-database';
import { actorWith } from '../support/fixtures';
import { mailsTo, type SmtpSink, smtpSink } from '../support/smtp-sink';

/** Tuesday 24 November 2026, 07.00 WIB: Monday's digest is due. */
const TUESDAY_0700 = new Date('2026-11-24T00:00:00Z');

let sink: SmtpSink;
beforeAll(async () => {
  sink = await smtpSink();
});
afterAll(() => sink.close());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

type People = Record<'kec' | 'kota' | 'both' | 'leaf' | 'off' | 'desk', Actor>;
const people = {} as People;

/** The villages' data, and officials, admins and a desk officer of both regencies. */
async function seed(database: TestDatabase) {
  await seedAttention(database);
  const { db } = database;
  people.kec = await actorWith(db, 'official', KEC);
  people.kota = await actorWith(db, 'official', KOTA_KEC);
  people.both = await actorWith(db, 'admin', JW);
  // Also an official of the district around the village: one mail, about the district.
  await db.execute(sql`INSERT INTO memberships (user_id, unit_id, role)
    SELECT ${people.both.id}, id, 'official' FROM units WHERE code = ${KEC}`);
  people.leaf = await actorWith(db, 'admin', DI);
  people.off = await actorWith(db, 'official', KEC);
  await setDigestEnabled({ db, actor: people.off }, { enabled: false });
  people.desk = await actorWith(db, 'desk', KEC);
}

describeEachDatabase(
  'the morning digest',
  (get) => {
    const run = async (at: Date) => {
      vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
      vi.setSystemTime(at);
      return runJobNow({ db: get().db, url: get().url }, dailyDigestJob);
    };
    const mailTo = (actor: Actor) => mailsTo(sink, actor.email);

    it('is set by officials and admins for themselves only: another role is refused, bad input changes nothing', async () => {
      const { db } = get();
      const desk = await actorWith(db, 'desk', KEC);
      await expect(setDigestEnabled({ db, actor: desk }, { enabled: false })).rejects.toMatchObject(
        { code: 'forbidden' },
      );
      expect(await digestEnabled({ db, actor: desk })).toBeNull();
      const official = await actorWith(db, 'official', KOTA_KEC);
      for (const bad of [{}, { enabled: 'no' }, { enabled: false, userId: people.kec.id }]) {
        await expect(setDigestEnabled({ db, actor: official }, bad)).rejects.toMatchObject({
          code: 'invalid',
        });
      }
      expect(await digestEnabled({ db, actor: official })).toBe(true);
      expect(await setDigestEnabled({ db, actor: official }, { enabled: false })).toEqual({
        enabled: false,
      });
      expect(await digestEnabled({ db, actor: official })).toBe(false);
      expect(await digestEnabled({ db, actor: people.kec })).toBe(true);
      expect(await digestEnabled({ db, actor: people.off })).toBe(false);
    });

    it('sends nothing before 07.00', async () => {
      vi.stubEnv('SMTP_URL', sink.url);
      const before = sink.received.length;
      expect((await run(new Date('2026-11-23T23:00:00Z')))?.rows).toBe(0); // 06.00 WIB
      expect(sink.received.length).toBe(before);
    });

    it('is off without SMTP_URL: the run sends nothing and marks nobody', async () => {
      vi.stubEnv('SMTP_URL', '');
      const before = sink.received.length;
      expect((await run(TUESDAY_0700))?.rows).toBe(0);
      expect(sink.received.length).toBe(before);
    });

    it('at 07.00 mails each official and admin who keeps it on, once, about their own units only', async () => {
      vi.stubEnv('SMTP_URL', sink.url);
      vi.stubEnv('NEXTAUTH_URL', 'https://pindai.example.go.id');
      const before = sink.received.length;
      expect((await run(TUESDAY_0700))?.rows).toBe(4);
      expect(sink.received.length - before).toBe(4);

      const [kec] = mailTo(people.kec);
      expect(kec!.subject).toMatch(
        /^Pindai: \d+ unit perlu perhatian \(Senin, 23 November 2026\)$/,
      );
      expect(kec!.text).toContain('Kecamatan Cikarang Barat');
      expect(kec!.text).toMatch(
        /Desa Jatiwangi: Tanpa poster\. .*Sepi\. Tidak ada check-in kemarin, padahal layanan buka sejak 08\.00\./,
      );
      expect(kec!.text).toContain(
        'Desa Gandamekar: Jauh di bawah biasanya. 2 check-in sepanjang hari, biasanya 12 pada hari Senin',
      );
      expect(kec!.text).toMatch(/Desa Danau Indah: 3 pindaian ditolak karena layanan tutup/);
      expect(kec!.html).toContain('href="https://pindai.example.go.id/u/');
      expect(kec!.text).not.toContain('Bekasijaya');

      const [kota] = mailTo(people.kota);
      expect(kota!.text).toMatch(/Kelurahan Bekasijaya: Tanpa poster\. .* Sepi\./);
      expect(kota!.text).not.toMatch(/Jatiwangi|Gandamekar|Cikarang/);

      // Two roles in one district: one mail, one section.
      const both = mailTo(people.both);
      expect(both).toHaveLength(1);
      expect(both[0]!.text!.match(/^== /gm)).toHaveLength(1);

      // A village's admin hears about the village itself.
      const [leaf] = mailTo(people.leaf);
      expect(leaf!.subject).toBe('Pindai: ada yang perlu perhatian (Senin, 23 November 2026)');
      expect(leaf!.text).toContain('Desa Danau Indah: 3 pindaian ditolak karena layanan tutup');
      expect(leaf!.text).not.toMatch(/Jatiwangi|Gandamekar|Bekasijaya/);

      expect(mailTo(people.off)).toEqual([]);
      expect(mailTo(people.desk)).toEqual([]);
    });

    it('sends nobody a second mail for the same day, and shows its runs on /sistem/tugas', async () => {
      vi.stubEnv('SMTP_URL', sink.url);
      const before = sink.received.length;
      expect((await run(new Date('2026-11-24T01:00:00Z')))?.rows).toBe(0); // 08.00 WIB: caught up already
      expect(sink.received.length).toBe(before);
      const root = await actorWith(get().db, 'superadmin');
      const runs = (await listJobRuns({ db: get().db, actor: root })).filter(
        (r) => r.job === 'daily-digest',
      );
      expect(runs.map((r) => r.rows)).toEqual([0, 4, 0, 0]);
    });
  },
  seed,
);
