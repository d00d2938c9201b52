import { z } from 'zod';

/**
 * Control characters: Postgres text cannot hold a NUL (the whole statement fails), and no
 * screen, print or header wants the others. Multi-line text keeps its tabs and line breaks.
 */
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_IN_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const hasControlChars = (s: string, { multiline = false } = {}) => (multiline ? CONTROL_IN_LINES : CONTROL).test(s);

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
    .refine((s) => !hasControlChars(s), `${label} berisi karakter yang tidak valid.`);
}
