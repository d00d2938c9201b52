/** Plain lists shared by the schema and the browser (no database imports here). */

export const unitKinds = [
  'province',
  'regency',
  'city',
  'district',
  'village',
  'urban_village',
  'agency',
  'venue',
] as const;
export type UnitKind = (typeof unitKinds)[number];
