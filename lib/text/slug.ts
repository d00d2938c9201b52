/** "Kelurahan Margahayu / Loket KTP" → "kelurahan-margahayu-loket-ktp": ASCII for file names. */
export const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
