import type { Dictionary } from '@/lib/i18n/id';
import { hoursSummary } from '@/lib/services/hours-text';
import type { OpeningHours } from '@/lib/services/vocabulary';

/** One recorded field in words: its value before and after (null where the entry has no side). */
export type AuditLine = { field: string; before: string | null; after: string | null };

type Words = Pick<
  Dictionary,
  'auditWords' | 'roles' | 'categories' | 'kinds' | 'statuses' | 'weekdays'
>;

const record = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

const lookup = (table: Record<string, string>, v: unknown) =>
  (typeof v === 'string' && table[v]) || null;

/** A recorded value as a reader says it: peran, kategori and status by name, hours as a week, ya/tidak. */
function valueText(field: string, v: unknown, t: Words): string {
  const w = t.auditWords;
  if (v === null || v === undefined || v === '') return w.none;
  if (typeof v === 'boolean') return v ? w.yes : w.no;
  if (typeof v === 'number') return v.toLocaleString('id-ID');
  const named =
    (field === 'role' && lookup(t.roles, v)) ||
    (field === 'category' && lookup(t.categories, v)) ||
    (field === 'kind' && lookup(t.kinds, v));
  if (named) return named;
  if (field === 'openingHours' && Array.isArray(v))
    return hoursSummary(v as OpeningHours, t.weekdays) || w.none;
  if (Array.isArray(v))
    return v.map((x) => lookup(t.statuses, x) ?? valueText('', x, t)).join(', ') || w.none;
  const nested = record(v);
  if (nested)
    return Object.entries(nested)
      .map(([k, x]) => `${w.fields[k] ?? k}: ${valueText(k, x, t)}`)
      .join('; ');
  return String(v);
}

/**
 * An entry's before → after as lines a reader follows instead of raw JSON: a change lists only
 * the fields it changed; a creation or a deletion lists what it had.
 */
export function describeChange(before: unknown, after: unknown, t: Words): AuditLine[] {
  const [b, a] = [record(before), record(after)];
  // A change names the fields it set (its after); a creation or deletion has one side only.
  const fields =
    b && a
      ? Object.keys(a).filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
      : Object.keys(a ?? b ?? {});
  return fields.map((f) => ({
    field: t.auditWords.fields[f] ?? f,
    before: b && f in b ? valueText(f, b[f], t) : null,
    after: a && f in a ? valueText(f, a[f], t) : null,
  }));
}
