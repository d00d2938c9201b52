import type { Db } from '@/lib/db/client';
import type { Unit } from '@/lib/db/schema';
import { addDays, localDate } from '@/lib/time/local';
import { type SkmIndex, skmIndex } from './ikm';
import { skmSums } from './report';
import { MIN_PUBLIC_SKM } from './vocabulary';


export type PublicSkm = { first: string; last: string; responses: number; ikm: SkmIndex['ikm']; mutu: SkmIndex['mutu'] } | { hidden: true };

/** The published unit's index over the last twelve months (the survey is at least yearly), or hidden. */
export async function publicSkm(db: Db, unit: Unit, now = new Date()): Promise<PublicSkm> {
  const last = localDate(now, unit.timeZone);
  const first = addDays(last, -364);
  const index = skmIndex(await skmSums({ db, unit }, { first, last }));
  if (index.responses < MIN_PUBLIC_SKM) return { hidden: true };
  return { first, last, responses: index.responses, ikm: index.ikm, mutu: index.mutu };
}
