import type { UnitKind } from '@/lib/db/schema';
import type { Dictionary } from '@/lib/i18n/id';

/** "Kecamatan Cikarang Barat", "Kelurahan Telaga Asih"; regencies and cities carry it already. */
export function unitTitle(
  unit: { kind: UnitKind; name: string },
  t: Pick<Dictionary, 'kinds'>,
): string {
  if (unit.kind === 'district' || unit.kind === 'village' || unit.kind === 'urban_village') {
    return `${t.kinds[unit.kind]} ${unit.name}`;
  }
  if (unit.kind === 'province') return `${t.kinds.province} ${unit.name}`;
  return unit.name;
}
