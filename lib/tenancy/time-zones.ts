/** Indonesia's three zones by province code; every other province is WIB (Asia/Jakarta). */
const WITA = ['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76'];
const WIT = ['81', '82', '91', '92', '93', '94', '95', '96', '97'];

export const unitTimeZones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type UnitTimeZone = (typeof unitTimeZones)[number];

export function timeZoneOfProvince(provinceCode: string): UnitTimeZone {
  if (WITA.includes(provinceCode)) return 'Asia/Makassar';
  if (WIT.includes(provinceCode)) return 'Asia/Jayapura';
  return 'Asia/Jakarta';
}

export const timeZoneAbbreviation: Record<UnitTimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};
