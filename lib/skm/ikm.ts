import { type UnsurCode, unsurCodes } from './vocabulary';

export type Mutu = 'A' | 'B' | 'C' | 'D';

/** Answers and the sum of each element's scores (every answer scores all nine). */
export type SkmSums = { n: number; sums: readonly number[] };

export type SkmIndex = {
  responses: number;
  ikm: number | null;
  mutu: Mutu | null;
  unsur: { code: UnsurCode; nrr: number | null }[];
};

// The quality bands of PermenPANRB 14/2017, in hundredths of an IKM point (lower bounds).
const BANDS: [Mutu, number][] = [
  ['A', 8831],
  ['B', 7661],
  ['C', 6500],
  ['D', 2500],
];

/** A-D for an IKM already rounded to two decimals. */
export function mutuOf(ikm: number): Mutu {
  const hundredths = Math.round(ikm * 100);
  return BANDS.find(([, from]) => hundredths >= from)?.[0] ?? 'D';
}

/**
 * IKM = (Σ NRR_i / 9) × 25, rounded half up to two decimals. With one count for all nine
 * elements Σ NRR_i = Σ sums / n, so the rounding is done in integers: no 88.305 lands on the
 * wrong side of a band through binary fractions.
 */
export function ikmOf({ n, sums }: SkmSums): number | null {
  if (n === 0) return null;
  const total = sums.reduce((a, b) => a + b, 0);
  return Math.floor((5000 * total + 9 * n) / (18 * n)) / 100;
}

const nrrOf = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n) * 100) / 100);

export function skmIndex(s: SkmSums): SkmIndex {
  const ikm = ikmOf(s);
  return {
    responses: s.n,
    ikm,
    mutu: ikm === null ? null : mutuOf(ikm),
    unsur: unsurCodes.map((code, i) => ({ code, nrr: nrrOf(s.sums[i] ?? 0, s.n) })),
  };
}

/** The element to improve first: the lowest mean (the first of equals, in the regulation's order). */
export function weakestUnsur({ n, sums }: SkmSums): UnsurCode | null {
  if (n === 0) return null;
  let weakest = 0;
  sums.forEach((s, i) => {
    if (s < sums[weakest]!) weakest = i;
  });
  return unsurCodes[weakest]!;
}
