import { z } from 'zod';
import { AppError } from './errors';

/** Ids in URLs: a positive 32-bit integer, anything else is "not found", never a 500. */
export function parseId(raw: string | undefined): number {
  if (!raw || !/^[1-9]\d{0,9}$/.test(raw)) throw new AppError('not_found');
  const id = Number(raw);
  if (id > 2_147_483_647) throw new AppError('not_found');
  return id;
}

/**
 * The days any record of ours can fall on. A date outside is refused at the edge: a loop over
 * days up to 9999-12-31 never ends (the next day writes as "+010000-01-01", which sorts first),
 * and Postgres would refuse what JavaScript dates cannot hold.
 */
export const FIRST_DAY = '2000-01-01';
export const LAST_DAY = '2099-12-31';

/** A calendar day, YYYY-MM-DD, within [FIRST_DAY, LAST_DAY]. */
export const calendarDay = (message = `Tanggal harus berupa tanggal (TTTT-BB-HH) antara ${FIRST_DAY} dan ${LAST_DAY}.`) =>
  z.iso.date(message).refine((d) => d >= FIRST_DAY && d <= LAST_DAY, message);

/** Parses with zod and turns failures into an `invalid` AppError with per-field messages. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  throw new AppError('invalid', { fields, message: Object.values(fields)[0] });
}

export const email = z
  .string({ error: 'Email wajib diisi.' })
  .trim()
  .toLowerCase()
  .min(1, 'Email wajib diisi.')
  .max(254, 'Email terlalu panjang.')
  .pipe(z.email('Format email tidak valid.'));

export const personName = z
  .string({ error: 'Nama wajib diisi.' })
  .trim()
  .min(1, 'Nama wajib diisi.')
  .max(120, 'Nama paling panjang 120 karakter.');
