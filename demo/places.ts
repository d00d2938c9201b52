import type { Status } from '@/lib/services/vocabulary';
import type { ServiceTemplateKey } from '@/lib/services/templates';

/**
 * The offices and venues of the demo, under the area unit that oversees them (Kemendagri code).
 * `weight` is how busy a place is compared with a desa office (1); `counters` how many of its
 * services get a poster of their own at the loket. The company and shop names are made up.
 */
export type DemoPlace = {
  parent: string;
  kind: 'agency' | 'venue';
  name: string;
  template: ServiceTemplateKey;
  counters: number;
  weight: number;
  entryAdmits?: Status[];
};

const factory = (parent: string, name: string, estate: string): DemoPlace => ({
  parent,
  kind: 'venue',
  name: `${name} (Kawasan ${estate})`,
  template: 'usaha',
  counters: 0,
  weight: 14,
  // Factories in the estates let in only the fully vaccinated.
  entryAdmits: ['hijau'],
});

const minimarket = (parent: string, name: string): DemoPlace => ({
  parent,
  kind: 'venue',
  name,
  template: 'usaha',
  counters: 0,
  weight: 4,
});

const puskesmas = (parent: string, name: string): DemoPlace => ({
  parent,
  kind: 'agency',
  name,
  template: 'puskesmas',
  counters: 2,
  weight: 6,
});

/** The head's office and the three busiest agencies of a regency or city. */
const regionOffices = (parent: string, region: string, head: string): DemoPlace[] => [
  { parent, kind: 'agency', name: head, template: 'pimpinan', counters: 1, weight: 3 },
  { parent, kind: 'agency', name: `Dinas Pendidikan ${region}`, template: 'pendidikan', counters: 3, weight: 6 },
  { parent, kind: 'agency', name: `Disdukcapil ${region}`, template: 'disdukcapil', counters: 3, weight: 10 },
  { parent, kind: 'agency', name: `Mal Pelayanan Publik ${region}`, template: 'mpp', counters: 4, weight: 12 },
];

export const demoPlaces: DemoPlace[] = [
  ...regionOffices('32.16', 'Kabupaten Bekasi', 'Kantor Bupati Bekasi'),
  puskesmas('32.16.08', 'Puskesmas Telaga Murni'),
  puskesmas('32.16.09', 'Puskesmas Cikarang'),
  puskesmas('32.16.06', 'Puskesmas Tambun'),
  puskesmas('32.16.19', 'Puskesmas Sukadami'),
  factory('32.16.08', 'PT Mitra Presisi Elektronik', 'MM2100'),
  factory('32.16.08', 'PT Karya Otomotif Nusantara', 'MM2100'),
  factory('32.16.09', 'PT Sentosa Pangan Lestari', 'Jababeka'),
  factory('32.16.09', 'PT Garmen Jaya Abadi', 'Jababeka'),
  factory('32.16.19', 'PT Baja Ringan Perkasa', 'EJIP'),
  minimarket('32.16.06', 'Minimarket Berkah Tambun'),
  minimarket('32.16.07', 'Minimarket Sinar Cibitung'),
  minimarket('32.16.08', 'Minimarket Sumber Rezeki Telaga Asih'),
  ...regionOffices('32.75', 'Kota Bekasi', 'Kantor Wali Kota Bekasi'),
  puskesmas('32.75.01', 'Puskesmas Bekasi Jaya'),
  puskesmas('32.75.02', 'Puskesmas Bintara'),
  puskesmas('32.75.09', 'Puskesmas Jatiasih'),
  minimarket('32.75.04', 'Minimarket Harapan Bekasi Selatan'),
  minimarket('32.75.03', 'Minimarket Sejahtera Bekasi Utara'),
];

/** The two regions whose offices take part: every kecamatan and desa/kelurahan below them. */
export const demoRegions = ['32.16', '32.75'] as const;

/** A stable number in [0, 1) from a text: the same unit always gets the same fate. */
export function unitFate(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 2 ** 32;
}

/** How busy a unit is against a desa office (1): a demo place's own weight, a kecamatan office 3. */
export function unitWeight(u: { kind: string; code: string | null; name: string }): number {
  const place = demoPlaces.find((p) => p.name === u.name);
  return place ? place.weight : (u.kind === 'district' ? 3 : 1) * (0.5 + unitFate(`w${u.code ?? u.name}`));
}
