import type { ReadCtx } from '@/lib/context';
import { addDays, localDate } from '@/lib/time/local';
import { type SkmIndex, skmIndex } from './ikm';
import { skmSums } from './report';
import { MIN_PUBLIC_SKM } from './vocabulary';


export type PublicSkm = { first: string; last: string; responses: number; ikm: SkmIndex['ikm']; mutu: SkmIndex['mutu'] } | { hidden: true };

/** The published unit's index over the last twelve months (the survey is at least yearly), or hidden. */
export async function publicSkm(ctx: ReadCtx, now = new Date()): Promise<PublicSkm> {
  const { unit } = ctx;
  const last = localDate(now, unit.timeZone);
  const first = addDays(last, -364);
  const index = skmIndex(await skmSums(ctx, { first, last }));
  if (index.responses < MIN_PUBLIC_SKM) return { hidden: true };
  return { first, last, responses: index.responses, ikm: index.ikm, mutu: index.mutu };
}
