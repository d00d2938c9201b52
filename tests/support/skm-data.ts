import type { SkmAnswer } from '@/lib/skm/answer';
import { SkmWriter } from '@/lib/skm/writer';
import type { Db } from '@/lib/db/client';

let nextEvent = 9_000_000;

/** `n` answers whose scores add up to `total`: every score 4, lowered one at a time to reach it. */
export function answersTotalling(n: number, total: number): number[][] {
  const rows = Array.from({ length: n }, () => Array<number>(9).fill(4));
  let excess = 36 * n - total;
  for (let cell = 0; excess > 0; cell = (cell + 1) % (9 * n)) {
    const row = rows[cell % n]!;
    const i = Math.floor(cell / n) % 9;
    if (row[i]! > 1) {
      row[i]! -= 1;
      excess -= 1;
    }
  }
  return rows;
}

export const answer = (scores: number[], extra: Partial<SkmAnswer> = {}): SkmAnswer => ({
  scores,
  ageBand: null,
  sex: null,
  education: null,
  occupation: null,
  suggestion: null,
  ...extra,
});

/** Writes answers for a unit as if from as many check-ins (ids no real check-in uses). */
export async function writeAnswers(db: Db, unitId: number, rows: number[][], answeredAt = new Date(), writer = new SkmWriter(db)) {
  return Promise.all(
    rows.map((scores) => writer.submit({ ...answer(scores), eventId: ++nextEvent, unitId, serviceId: null, answeredAt })),
  );
}
