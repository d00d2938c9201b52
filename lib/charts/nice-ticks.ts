/** Steps a reader counts in: 1, 2, 2.5 and 5 times a power of ten (2.5 only from 25 up). */
const STEPS = [1, 2, 2.5, 5];

/**
 * Round axis ticks for counts, from 0 to the first round value at or above `max`: 380 gives
 * 0, 100, 200, 300, 400 (not 95, 190, 285, 380). The smallest round step that needs at most
 * `intervals` steps, never a step below 1, so a count axis never shows a fraction. Every chart,
 * on screen and in the exported images, uses it.
 */
export function niceTicks(max: number, intervals = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  let step = 1;
  for (let power = 10 ** Math.floor(Math.log10(max / intervals)); ; power *= 10) {
    // A whole step (2.5 only as 25, 250…); one below 1 is 1.
    const fit = STEPS.map((m) => Math.max(1, m * power)).find(
      (s) => Number.isInteger(s) && Math.ceil(max / s) <= intervals,
    );
    if (fit) {
      step = fit;
      break;
    }
  }
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}
