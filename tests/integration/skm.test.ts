import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { recordCheckin } from '@/lib/checkins/checkin';
import { queryRows } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { ikmOf, mutuOf, weakestUnsur } from '@/lib/skm/ikm';
import { submitAnswer } from '@/lib/skm/answer';
import { skmReport, skmSums } from '@/lib/skm/report';
import { SkmWriter } from '@/lib/skm/writer';
import { publicStats, setPublic } from '@/lib/stats/public';
import { children } from '@/lib/tenancy/units';
import { localDate } from '@/lib/time/local';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas, unitByCode } from '../support/fixtures';
import { answer, answersTotalling, writeAnswers } from '../support/skm-data';

const KEC = '32.16.08';
const TA = '32.16.08.1008';

describeEachDatabase(
  'the satisfaction survey (SKM) and its index',
  (get) => {
    const today = () => localDate(new Date(), 'Asia/Jakarta');
    const range = () => ({ first: today(), last: today() });
    /** The villages of Cikarang Barat but Telaga Asih: one per example, so sums never mix. */
    const villages = async () => {
      const below = (await children({ db: get().db, unit: await unitByCode(get().db, KEC) })).filter((u) => u.code !== TA);
      return Promise.all(below.map((u) => unitByCode(get().db, u.code!)));
    };

    it('computes NRR, IKM and mutu from a hand-computed example', async () => {
      const { db } = get();
      const unit = (await villages())[0]!;
      await writeAnswers(db, unit.id, [
        [4, 4, 3, 4, 3, 4, 4, 3, 4],
        [3, 3, 3, 2, 3, 3, 4, 3, 3],
        [2, 3, 4, 3, 3, 4, 4, 2, 3],
      ]);
      // Sums 9 10 10 9 9 11 12 8 10 = 88 over 3 answers: IKM = 88 / 3 / 9 × 25 = 81.4815.
      expect(await skmReport({ db, unit }, range())).toEqual({
        responses: 3,
        ikm: 81.48,
        mutu: 'B',
        unsur: [3, 3.33, 3.33, 3, 3, 3.67, 4, 2.67, 3.33].map((nrr, i) => ({ code: `U${i + 1}`, nrr })),
      });
      expect(weakestUnsur(await skmSums({ db, unit }, range()))).toBe('U8');
    });

    it('puts the band borders where the regulation does: 88.30 B, 88.31 A, 76.60 C, 76.61 B, 65.00 C, 64.99 D', async () => {
      const { db } = get();
      const units = await villages();
      // [answers, total of all scores, IKM = total / answers / 9 × 25 by hand, mutu]
      const cases = [
        [19, 604, 88.3, 'B'], // 88.3041
        [24, 763, 88.31, 'A'], // 88.3102
        [26, 717, 76.6, 'C'], // 76.6026
        [19, 524, 76.61, 'B'], // 76.6082
        [5, 117, 65, 'C'], // 65.0000
        [38, 889, 64.99, 'D'], // 64.9854
      ] as const;
      for (const [i, [n, total, ikm, mutu]] of cases.entries()) {
        const unit = units[i + 1]!;
        await writeAnswers(db, unit.id, answersTotalling(n, total));
        const report = await skmReport({ db, unit }, range());
        expect([report.responses, report.ikm, report.mutu], `${n} answers totalling ${total}`).toEqual([n, ikm, mutu]);
      }
      expect([mutuOf(100), mutuOf(25), ikmOf({ n: 0, sums: [] })]).toEqual(['A', 'D', null]);
    });

    it('answers null without responses, and reads a district from its area rollup', async () => {
      const { db } = get();
      expect(await skmReport({ db, unit: await unitByCode(db, '32.01') }, range())).toMatchObject({ responses: 0, ikm: null, mutu: null });
      const district = await skmSums({ db, unit: await unitByCode(db, KEC) }, range());
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM skm_responses r JOIN units u ON u.id = r.unit_id WHERE u.path LIKE ${`${(await unitByCode(db, KEC)).path}%`}`,
      );
      expect(district.n).toBe(row!.n);
    });

    it('shows the index on a published page only from ten answers on', async () => {
      const { db } = get();
      const district = '32.16.07';
      await setPublic(await ctxFor(db, await actorWith(db, 'admin', district), district), true);
      const village = (await children({ db, unit: await unitByCode(db, district) }))[0]!;
      await writeAnswers(db, village.id, answersTotalling(9, 9 * 30));
      expect((await publicStats(db, (await unitByCode(db, district)).id)).skm).toEqual({ hidden: true });
      await writeAnswers(db, village.id, answersTotalling(1, 30));
      // 10 answers totalling 300: 300 / 10 / 9 × 25 = 83.33.
      expect((await publicStats(db, (await unitByCode(db, district)).id)).skm).toEqual({
        first: expect.any(String),
        last: today(),
        responses: 10,
        ikm: 83.33,
        mutu: 'B',
      });
    });

    it('keeps one answer per check-in, refuses another poster’s check-in, and stores no identity', async () => {
      const { db } = get();
      const unit = await unitByCode(db, TA);
      const point = { unit, service: null, posterId: 424242 };
      const checkin = await recordCheckin(db, { point, visitorKey: 'skm-visitor-1', kind: 'in', channel: 'qr', status: 'hijau' });
      const event = (await db.query.checkinEvents.findFirst({ where: (e, { eq }) => eq(e.id, checkin.id) }))!;
      const suggestion = answer([4, 4, 4, 4, 4, 4, 4, 4, 4], { suggestion: 'Antrean lebih rapi.', sex: 'p' });
      const at = (posterId: number) => ({ db, actor: { kind: 'poster' as const, posterId } });
      await expect(submitAnswer(at(999999), event, suggestion)).rejects.toMatchObject({ code: 'invalid' });
      await submitAnswer(at(424242), event, suggestion);
      await expect(submitAnswer(at(424242), event, suggestion)).rejects.toBeInstanceOf(AppError);
      await expect(submitAnswer(at(424242), event, suggestion)).rejects.toMatchObject({ code: 'conflict' });
      const rows = await db.query.skmResponses.findMany({ where: (r, { eq }) => eq(r.unitId, unit.id) });
      expect(rows.map((r) => [r.suggestion, r.sex])).toEqual([['Antrean lebih rapi.', 'p']]);
      // Nothing in the answer names the check-in or the visitor.
      expect(Object.keys(rows[0]!)).not.toContain('eventId');
      expect(JSON.stringify(rows[0])).not.toContain('skm-visitor-1');
      const out = await recordCheckin(db, { point, visitorKey: 'skm-visitor-2', kind: 'out', channel: 'qr', status: 'hijau' });
      const outEvent = (await db.query.checkinEvents.findFirst({ where: (e, { eq }) => eq(e.id, out.id) }))!;
      await expect(submitAnswer(at(424242), outEvent, suggestion)).rejects.toMatchObject({ code: 'invalid' });
    });

    it('keeps the rollups equal to a GROUP BY over the answers after a concurrent burst with repeats', async () => {
      const { db } = get();
      const units = await villages();
      const writers = [new SkmWriter(db), new SkmWriter(db)];
      const base = 7_000_000;
      const submissions = Array.from({ length: 400 }, (_, i) => {
        const unit = units[i % units.length]!;
        // Every check-in is answered twice, through both writers: only one may count.
        const eventId = base + (i % 200);
        const scores = Array.from({ length: 9 }, (_, k) => ((eventId + k) % 4) + 1);
        return writers[i % 2]!.submit({ ...answer(scores), eventId, unitId: units[eventId % units.length]!.id, serviceId: unit.id % 2 ? null : 0, answeredAt: new Date() });
      });
      const written = await Promise.all(submissions);
      expect(written.filter(Boolean)).toHaveLength(200);
      const S = sql.raw([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `sum(u${i})::int`).join(', '));
      const R = sql.raw([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `s${i}`).join(', '));
      const unitDiff = await queryRows(
        db,
        sql`(SELECT unit_id, day, service_id, count(*)::int, ${S} FROM skm_responses GROUP BY 1, 2, 3
             EXCEPT SELECT unit_id, day, service_id, n, ${R} FROM skm_unit_day)
            UNION ALL
            (SELECT unit_id, day, service_id, n, ${R} FROM skm_unit_day
             EXCEPT SELECT unit_id, day, service_id, count(*)::int, ${S} FROM skm_responses GROUP BY 1, 2, 3)`,
      );
      const areaAnswers = sql`SELECT split_part(u.path, '/', d + 2)::int AS area_id, r.day, count(*)::int AS n, ${S}
        FROM skm_responses r JOIN units u ON u.id = r.unit_id CROSS JOIN LATERAL generate_series(0, least(u.depth, 2)) d GROUP BY 1, 2`;
      const areaDiff = await queryRows(
        db,
        sql`(${areaAnswers} EXCEPT SELECT area_id, day, n, ${R} FROM skm_area_day)
            UNION ALL (SELECT area_id, day, n, ${R} FROM skm_area_day EXCEPT ${areaAnswers})`,
      );
      expect([unitDiff, areaDiff]).toEqual([[], []]);
      const [answered] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM skm_answered WHERE event_id >= ${base} AND event_id < ${base + 200}`);
      expect(answered!.n).toBe(200);
    });
  },
  async (database) => {
    await seedAreas(database.db);
  },
);
