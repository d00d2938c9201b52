import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { liveMoment, wholeDay } from '@/lib/attention/activity';
import { attention } from '@/lib/attention/attention';
import type { AttentionRow } from '@/lib/attention/rows';
import type { AuthorizedUnit } from '@/lib/auth/authorized-unit';
import {
  BJ,
  DI,
  GM,
  GS,
  JW,
  KEC,
  KOTA_KEC,
  MONDAY_1030,
  seedAttention,
} from '../support/attention-data';
import { describeEachDatabase } from '../support/each-database';
import { unitByCode } from '../support/fixtures';

const byCode = (rows: AttentionRow[]) => new Map(rows.map((r) => [r.code, r]));

describeEachDatabase(
  'what needs attention below a unit',
  (get) => {
    let kec: AuthorizedUnit;
    const judge = (at: Date, unit = kec) =>
      attention({ db: get().readDb, unit }, liveMoment(at, unit.timeZone));
    beforeAll(async () => {
      kec = await unitByCode(get().db, KEC);
    });

    it('flags a village with no poster, silent since its service opened and refusing far above its peers, first', async () => {
      const { rows } = await judge(MONDAY_1030);
      expect(rows[0]).toMatchObject({
        code: JW,
        today: 0,
        activePosters: 0,
        flags: [
          { kind: 'noPoster' },
          { kind: 'silent', opensAt: '08:00' },
          { kind: 'refusing', share: 1, peers: 0.25 },
        ],
      });
      expect(rows).toHaveLength(11);
    });

    it('flags a village far below its usual for a Monday morning, with the change against last Monday', async () => {
      const gm = byCode((await judge(MONDAY_1030)).rows).get(GM);
      expect(gm).toMatchObject({
        today: 2,
        lastWeek: 12,
        flags: [{ kind: 'belowUsual', checkins: 2, usual: 12, hour: 10 }],
      });
      expect(gm!.spark.at(-1)).toBe(2);
      expect(gm!.spark.at(-8)).toBe(12);
    });

    it('leaves busy villages unflagged, and ranks the rest by need', async () => {
      const { rows } = await judge(MONDAY_1030);
      const found = byCode(rows);
      expect(found.get(DI)).toMatchObject({
        today: 4,
        todayAdmitted: 1,
        week: 4,
        activePosters: 1,
        flags: [],
      });
      expect(found.get(GS)).toMatchObject({ today: 6, todayAdmitted: 1, flags: [] });
      // Posterless villages without services: no poster, never silent (no opening hours to judge by).
      const bare = rows.filter((r) => ![JW, DI, GM, GS].includes(r.code!));
      expect(bare.map((r) => r.flags)).toEqual(Array(7).fill([{ kind: 'noPoster' }]));
      expect(rows.map((r) => r.code).slice(-3)).toEqual([GM, DI, GS]);
    });

    it('lists the silent unit, the scans before opening and the jumps in refusals', async () => {
      const { alerts } = await judge(MONDAY_1030);
      const [jw, di, gs] = await Promise.all([JW, DI, GS].map((c) => unitByCode(get().db, c)));
      expect(alerts.silent).toEqual([
        { id: jw!.id, name: jw!.name, kind: 'village', opensAt: '08:00' },
      ]);
      expect(alerts.silentCount).toBe(1);
      expect(alerts.closedScans).toEqual([{ id: di!.id, name: di!.name, kind: 'village', n: 3 }]);
      expect(alerts.refusalJumps).toEqual([
        { id: kec.id, name: kec.name, kind: 'district', share: 8 / 12, before: 6 / 38 },
        { id: gs!.id, name: gs!.name, kind: 'village', share: 5 / 6, before: 0 },
      ]);
    });

    it('calls a village silent only an hour after its service opened, and never on a closed day', async () => {
      const silent = async (at: Date) =>
        byCode((await judge(at)).rows)
          .get(JW)!
          .flags.some((f) => f.kind === 'silent');
      expect(await silent(new Date('2026-11-23T01:59:00Z'))).toBe(false); // 08.59
      expect(await silent(new Date('2026-11-23T02:00:00Z'))).toBe(true); // 09.00
      expect(await silent(new Date('2026-11-22T05:00:00Z'))).toBe(false); // Sunday 12.00
    });

    it('on a national holiday calls no village silent and says why; a working day before it does', async () => {
      // Christmas 2026 is a Friday: the services open at 08.00 as on any weekday.
      const christmas = await judge(new Date('2026-12-25T03:00:00Z'));
      expect(christmas.holiday).toBe(true);
      expect(christmas.rows.flatMap((r) => r.flags.map((f) => f.kind))).not.toContain('silent');
      expect(christmas.alerts.silentCount).toBe(0);
      // 24 December is cuti bersama; Wednesday the 23rd is a working day.
      const eve = await judge(new Date('2026-12-23T03:00:00Z'));
      expect(eve.holiday).toBe(false);
      expect(byCode(eve.rows).get(JW)!.flags.map((f) => f.kind)).toContain('silent');
      expect(eve.alerts.silentCount).toBeGreaterThan(0);
    });

    it('judges a whole day for the digest, its usual over the whole day', async () => {
      const { rows } = await attention(
        { db: get().readDb, unit: kec },
        wholeDay('2026-11-23', kec.timeZone),
      );
      expect(byCode(rows).get(GM)!.flags).toEqual([
        { kind: 'belowUsual', checkins: 2, usual: 12, hour: 24 },
      ]);
      expect(
        byCode(rows)
          .get(JW)!
          .flags.map((f) => f.kind),
      ).toEqual(['noPoster', 'silent', 'refusing']);
    });

    it('does not call a village silent on a day before its service existed', async () => {
      const { db } = get();
      const jw = await unitByCode(db, JW);
      const judgeMonday = async () =>
        byCode(
          (await attention({ db: get().readDb, unit: kec }, wholeDay('2026-11-23', kec.timeZone)))
            .rows,
        )
          .get(JW)!
          .flags.map((f) => f.kind);
      await db.execute(
        sql`UPDATE services SET created_at = '2026-11-24T02:00:00Z' WHERE unit_id = ${jw.id}`,
      );
      await get().replayed();
      try {
        expect(await judgeMonday()).toEqual(['noPoster', 'refusing']);
      } finally {
        await db.execute(
          sql`UPDATE services SET created_at = '2026-10-01T00:00:00Z' WHERE unit_id = ${jw.id}`,
        );
        await get().replayed();
      }
      expect(await judgeMonday()).toContain('silent');
    });

    it('counts a district silent as a whole only when none of its units checked anyone in', async () => {
      const regency = await unitByCode(get().db, '32.16');
      const cb = byCode((await judge(MONDAY_1030, regency)).rows).get(KEC);
      expect(cb!.flags).toEqual([{ kind: 'silentBelow', units: 1, of: 4 }]);
      const city = await unitByCode(get().db, '32.75');
      const kota = byCode((await judge(MONDAY_1030, city)).rows).get(KOTA_KEC);
      expect(kota!.flags).toEqual([{ kind: 'noPoster' }, { kind: 'silent', opensAt: '08:00' }]);
    });

    it('sees nothing of another regency', async () => {
      const { rows, alerts } = await judge(MONDAY_1030);
      const bj = await unitByCode(get().db, BJ);
      expect(rows.some((r) => r.id === bj.id)).toBe(false);
      expect(JSON.stringify(alerts)).not.toContain(bj.name);
    });
  },
  seedAttention,
  { replica: true },
);
