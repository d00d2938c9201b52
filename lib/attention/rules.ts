/**
 * When a unit needs attention, in one place: the thresholds, the flags and their weight. Pure
 * (no database), so the dashboard's table, the live stream and the digest judge alike.
 */

/** Days of the sparkline, today last. The refusal windows below fall inside it. */
export const SPARK_DAYS = 14;
/** A unit's refused share is compared with its peers' over this many days, today included. */
export const REFUSAL_DAYS = 7;
/** "Its usual": the same weekday, up to the same hour, over this many previous weeks. */
export const USUAL_WEEKS = 4;
/** A unit is silent once a service of its has been open this long today without a check-in. */
export const SILENT_AFTER_MINUTES = 60;
/** Below this many check-ins by the hour, "usual" is too small to fall far below. */
export const MIN_USUAL = 10;
/** Far below its usual: at most this share of it. */
export const BELOW_USUAL_SHARE = 0.5;
/** Fewer check-ins than this say nothing about a refused share. */
export const MIN_SAMPLE = 5;
/** "Well above": the refused share exceeds the comparison by this many points. */
export const REFUSAL_MARGIN = 0.2;
/** Scans outside opening hours worth a word: this many on one day at one unit. */
export const MIN_CLOSED_SCANS = 3;

export type Flag =
  /** No active poster anywhere in the unit's subtree: nobody can check in. */
  | { kind: 'noPoster' }
  /** No check-in today in the whole subtree, though a service there opened at `opensAt`. */
  | { kind: 'silent'; opensAt: string }
  /** Some units below are silent (`units` of the `of` whose services opened). */
  | { kind: 'silentBelow'; units: number; of: number }
  /** Refused share over REFUSAL_DAYS against the pooled share of its peers. */
  | { kind: 'refusing'; share: number; peers: number }
  /** Check-ins before `hour` (24: the whole day) against the median of previous weeks. */
  | { kind: 'belowUsual'; checkins: number; usual: number; hour: number };

export type FlagKind = Flag['kind'];

const weights: Record<FlagKind, number> = {
  noPoster: 4,
  silent: 4,
  belowUsual: 3,
  refusing: 3,
  silentBelow: 1,
};

/** How much a unit needs attention: the sum of its flags' weights. */
export const attentionScore = (flags: readonly Flag[]) =>
  flags.reduce((sum, f) => sum + weights[f.kind], 0);

/** The flags, most serious first. */
export const byWeight = (flags: Flag[]) => flags.sort((a, b) => weights[b.kind] - weights[a.kind]);

/** Check-ins and refusals over some days. */
export type Tally = { n: number; refused: number };

export const share = (t: Tally) => (t.n ? t.refused / t.n : 0);

/** Refused well above the comparison, each side with enough check-ins to say so. */
export function refusesMore(unit: Tally, comparison: Tally): boolean {
  return (
    unit.n >= MIN_SAMPLE &&
    comparison.n >= MIN_SAMPLE &&
    share(unit) - share(comparison) >= REFUSAL_MARGIN
  );
}

/** The median of the previous weeks' counts (robust to one holiday among them). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Far below its usual: a usual big enough to judge, and today at most half of it. */
export function farBelowUsual(checkins: number, usual: number): boolean {
  return usual >= MIN_USUAL && checkins <= usual * BELOW_USUAL_SHARE;
}
