import { z } from 'zod';

/**
 * A short name shown on screens and printed posters: trimmed, bounded, and free of markup
 * characters (rendering escapes everything anyway; refusing them keeps prints clean).
 */
export function displayText(label: string, max: number) {
  return z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, `${label} wajib diisi.`)
    .max(max, `${label} paling panjang ${max} karakter.`)
    .refine((s) => !/[<>]/.test(s), `${label} tidak boleh berisi tanda < atau >.`)
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), `${label} berisi karakter yang tidak valid.`);
}
