import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';
import { insertAnswersSql, type NewSkmAnswer } from '@/lib/skm/answers-sql';
import { ageBands, educations, occupations, sexes } from '@/lib/skm/vocabulary';
import { unitFate } from './places';

/** How each element fares against a unit's mean: waiting and complaint handling lag, the fee is free. */
const ELEMENT_OFFSET = [0.1, 0, -0.25, 0.35, 0.05, 0.05, 0.1, -0.3, -0.1];

/**
 * A unit's mean score: the Mal Pelayanan Publik does well (A), the regency's Disdukcapil, with
 * its queues, badly (C); the others fall in B, each its own.
 */
function unitMean(name: string, unitId: number): number {
  if (name === 'Mal Pelayanan Publik Kabupaten Bekasi') return 3.95;
  if (name === 'Disdukcapil Kabupaten Bekasi') return 2.85;
  return 3.2 + 0.3 * unitFate(`skm-unit-${unitId}`);
}

const SUGGESTIONS = [
  'Antrean mohon dipercepat, terutama hari Senin.',
  'Ruang tunggu panas, tambah kipas angin.',
  'Petugas ramah, terima kasih.',
  'Mohon informasi persyaratan ditempel di depan loket.',
  'Kotak pengaduan tidak jelas tindak lanjutnya.',
  'Parkir motor sempit.',
];

const SURVEY_PAGE = 20_000;

type SurveyedCheckin = { id: string | number; unitId: number; serviceId: number | null; occurredAt: string | Date; name: string };

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length)]!;

/**
 * Survey answers for about one in eight admitted check-ins of the history at public offices
 * (not factories or shops), answered half an hour after the check-in, written through the
 * survey's own batch statement so the rollups hold. Run once, with the history.
 */
export async function generateSurveyHistory(db: Db, end: Date): Promise<number> {
  let written = 0;
  // A page of check-ins at a time (by id), so a history of a hundred million stays in bounded memory.
  for (let after = 0; ; ) {
    const events = await queryRows<SurveyedCheckin>(
      db,
      sql`SELECT e.id, e.unit_id AS "unitId", e.service_id AS "serviceId", e.occurred_at AS "occurredAt", u.name
          FROM checkin_events e JOIN units u ON u.id = e.unit_id
          WHERE e.id > ${after} AND e.kind = 'in' AND e.admitted AND e.poster_id IS NOT NULL AND u.kind <> 'venue' AND (e.id * 7919) % 8 = 0
            AND e.occurred_at < ${new Date(end.getTime() - 30 * 60_000).toISOString()}::timestamptz
          ORDER BY e.id LIMIT ${SURVEY_PAGE}`,
    );
    if (events.length === 0) return written;
    after = Number(events.at(-1)!.id);
    written += await writeSurveyAnswers(db, events);
  }
}

async function writeSurveyAnswers(
  db: Db,
  events: SurveyedCheckin[],
): Promise<number> {
  const answers: NewSkmAnswer[] = events.map((e) => {
    const id = Number(e.id);
    const r = (k: string) => unitFate(`skm-${id}-${k}`);
    const mean = unitMean(e.name, e.unitId);
    return {
      eventId: id,
      unitId: e.unitId,
      serviceId: e.serviceId,
      answeredAt: new Date(new Date(e.occurredAt).getTime() + 30 * 60_000),
      scores: ELEMENT_OFFSET.map((offset, i) => Math.min(4, Math.max(1, Math.round(mean + offset + (r(`u${i}`) - 0.5) * 1.4)))),
      ageBand: r('age') < 0.8 ? pick(ageBands, r('age-band')) : null,
      sex: r('sex') < 0.85 ? pick(sexes, r('sex-is')) : null,
      education: r('edu') < 0.7 ? pick(educations, r('edu-is')) : null,
      occupation: r('job') < 0.7 ? pick(occupations, r('job-is')) : null,
      suggestion: r('say') < 0.06 ? pick(SUGGESTIONS, r('say-what')) : null,
    };
  });
  let written = 0;
  for (let i = 0; i < answers.length; i += 1000) {
    written += (await queryRows<{ ord: number }>(db, insertAnswersSql(answers.slice(i, i + 1000)))).length;
  }
  return written;
}
