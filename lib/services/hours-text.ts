import type { OpeningHours } from './vocabulary';

/** "Sen 08.00–15.00, Sel 08.00–15.00, …": a week's hours in one line, closed days left out. */
export function hoursSummary(hours: OpeningHours, weekdays: readonly string[]): string {
  return hours
    .map((d, i) =>
      d
        ? `${weekdays[i]!.slice(0, 3)} ${d.open.replace(':', '.')}–${d.close.replace(':', '.')}`
        : null,
    )
    .filter(Boolean)
    .join(', ');
}
