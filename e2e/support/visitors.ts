/** What the browser specs type as visitors beside the demo registry's NIKs (checked by privacy.spec.ts). */
export const unknownNik = '3216084407950123';
/** Birth date and serial plausible, but 99.99.99 is no district. */
export const invalidNik = '9999991505900001';
export const visitorPhone = '081234567890';
/** Registered by the phone and screenshot specs for themselves (e2e/support/registry.ts). */
export const phoneSpecNik = '3216081505909002';
export const screenshotNik = '3216081505909001';
/** The desk spec's visitors: one fully vaccinated, one not vaccinated. */
export const deskNiks = { hijau: '3216081505909003', merah: '3216081505909004' } as const;
/** Plausible NIKs the registry does not know, one per scan where a spec needs many (the per-person limit). */
export const freshNiks = Array.from(
  { length: 8 },
  (_, i) => `3216081505907${String(i).padStart(3, '0')}`,
);
export const typedIdentities = [
  unknownNik,
  invalidNik,
  visitorPhone,
  '6281234567890',
  phoneSpecNik,
  screenshotNik,
  ...Object.values(deskNiks),
  ...freshNiks,
];
