/** Plain lists shared by the schema, validation and the browser (no database imports here). */

/** PeduliLindungi's colours: hijau fully vaccinated … hitam positive or close contact. */
export const statuses = ['hijau', 'kuning', 'merah', 'hitam'] as const;
export type Status = (typeof statuses)[number];

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
