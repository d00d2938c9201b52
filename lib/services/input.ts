import { z } from 'zod';
import { serviceCategories, statuses } from '@/lib/db/schema';
import { QUEUE_LETTER } from '@/lib/queue/vocabulary';
import { displayText, hasControlChars } from '@/lib/validation-text';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Jam harus berformat JJ:MM, misalnya 08:00.');

const day = z
  .object({ open: time, close: time })
  .refine((h) => h.close > h.open, 'Jam tutup harus setelah jam buka.')
  .nullable();

// Hitam (positive or close contact) is never admitted, whatever the policy; a service may admit
// visitors the provider does not know (tidak tercatat), e.g. where the desk checks a certificate.
const admittable = statuses.filter((s) => s !== 'hitam') as ['hijau', 'kuning', 'merah', 'tidak_tercatat'];
export const admitsField = z
  .array(z.enum(admittable, { error: 'Status yang boleh masuk tidak dikenal.' }))
  .min(1, 'Pilih paling sedikit satu status yang boleh masuk.')
  .default(['hijau', 'kuning']);

/** Free text over several lines: bounded, no control characters but line breaks and tabs. */
const longText = (label: string, max: number) =>
  z
    .string({ error: `${label} harus berupa teks.` })
    .trim()
    .max(max, `${label} paling panjang ${max.toLocaleString('id-ID')} karakter.`)
    .refine((s) => !hasControlChars(s, { multiline: true }), `${label} berisi karakter yang tidak valid.`)
    .default('');

export const serviceInput = z.object({
  name: displayText('Nama layanan', 120),
  category: z.enum(serviceCategories, { error: 'Pilih kategori layanan.' }),
  description: longText('Keterangan', 1000),
  openingHours: z.array(day).length(7, 'Jam layanan harus diisi untuk tujuh hari.'),
  dailyCapacity: z
    .number({ error: 'Kuota harian harus berupa angka.' })
    .int('Kuota harian harus bilangan bulat.')
    .min(0, 'Kuota harian tidak boleh kurang dari nol.')
    .max(100_000, 'Kuota harian paling banyak 100.000.')
    .nullable()
    .default(null),
  admits: admitsField,
  // The service standard (PermenPANRB 15/2014) the door shows an admitted visitor.
  requirements: longText('Persyaratan', 2000),
  completionTime: longText('Waktu penyelesaian', 200),
  fee: longText('Biaya/tarif', 200),
  /** The letter of its queue numbers, or null when the service issues none. */
  queueLetter: z
    .string({ error: 'Huruf antrean harus satu huruf kapital A–Z.' })
    .regex(QUEUE_LETTER, 'Huruf antrean harus satu huruf kapital A–Z.')
    .nullable()
    .default(null),
});

export type ServiceInput = z.infer<typeof serviceInput>;

/** Senin–Kamis 08.00–15.00, Jumat 08.00–11.00, closed at the weekend. */
export const officeHours: ServiceInput['openingHours'] = [
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '11:00' },
  null,
  null,
];
