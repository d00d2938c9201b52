import { z } from 'zod';
import { AppError } from './errors';
import { addDays } from './time/local';

/** An id in a JSON body: an int4 like the columns it is compared with, so SQL never overflows. */
export const bodyId = z
  .number({ error: 'Pilih salah satu dari daftar.' })
  .int('Pilih salah satu dari daftar.')
  .min(1, 'Pilih salah satu dari daftar.')
  .max(2_147_483_647, 'Pilih salah satu dari daftar.');

/** Ids in URLs: a positive 32-bit integer, anything else is "not found", never a 500. */
export function parseId(raw: string | undefined): number {
  if (!raw || !/^[1-9]\d{0,9}$/.test(raw)) throw new AppError('not_found');
  const id = Number(raw);
  if (id > 2_147_483_647) throw new AppError('not_found');
  return id;
}

/** A check-in's id (bigint) in a URL or form, exact as a JS number; null for anything else. */
export function eventIdOf(raw: string | null | undefined): number | null {
  return raw && /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : null;
}

/**
 * The calendar days the app accepts anywhere: from 2020-01-01 (before the first QR check-in
 * rules) to a year after today. Years like 9999 or 0001 never reach date arithmetic or SQL.
 */
export const EARLIEST_DAY = '2020-01-01';
export const latestDay = (now = new Date()) => addDays(now.toISOString().slice(0, 10), 366);

export const calendarDay = z
  .string()
  .max(10)
  .pipe(z.iso.date({ error: 'Tanggal tidak valid: gunakan format TTTT-BB-HH.' }))
  .refine((d) => d >= EARLIEST_DAY && d <= latestDay(), 'Tanggal harus antara 1 Januari 2020 dan satu tahun dari hari ini.');

/** Free text from a query string or form: bounded, and never a NUL, which PostgreSQL refuses. */
export const plainText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !s.includes('\u0000'), 'Teks berisi karakter yang tidak valid.');

/** A page's search params as Next hands them (a repeated key is an array): the first of each. */
export function firstValues(raw: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = Object.create(null);
  for (const [k, v] of Object.entries(raw)) out[k] = Array.isArray(v) ? v[0] : v;
  return out;
}

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
