/** Plain lists shared by the schema, validation and the browser (no database imports here). */

/**
 * PeduliLindungi's colours (hijau fully vaccinated … hitam positive or close contact) and
 * `tidak_tercatat`: the provider does not know the identity. That last one is an outcome, never
 * shown as a colour, and counted apart from merah.
 */
export const statuses = ['hijau', 'kuning', 'merah', 'hitam', 'tidak_tercatat'] as const;
export type Status = (typeof statuses)[number];
export const colours = ['hijau', 'kuning', 'merah', 'hitam'] as const satisfies readonly Status[];

export const serviceCategories = [
  'kependudukan',
  'perizinan',
  'pendidikan',
  'kesehatan',
  'kepegawaian',
  'sosial',
  'umum',
] as const;
export type ServiceCategory = (typeof serviceCategories)[number];

/** Per ISO weekday, Senin first: the hours the counter is open, or null when closed. */
export type OpeningHours = ({ open: string; close: string } | null)[];
