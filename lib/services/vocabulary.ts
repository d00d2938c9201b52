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

/**
 * A service's settings that a template hands down (lib/templates): what it is, when and how many
 * it serves, whom it admits, and its service standard (PermenPANRB 15/2014: persyaratan, waktu
 * penyelesaian, biaya/tarif). An adopter may override each of them on its own.
 */
export const templateFields = [
  'name',
  'category',
  'description',
  'openingHours',
  'dailyCapacity',
  'admits',
  'requirements',
  'completionTime',
  'fee',
] as const;
export type TemplateField = (typeof templateFields)[number];

/** The kinds of unit that define templates for the units below them. */
export const templateOwnerKinds = ['regency', 'city', 'district'] as const;
