/** The Kemendagri codes of the demo units the specs name. */
export const units = {
  regency: '32.16', // Kabupaten Bekasi
  district: '32.16.08', // Kecamatan Cikarang Barat
  village: '32.16.08.1008', // Kelurahan Telaga Asih
  siblingVillage: '32.16.08.2001', // Desa Telagamurni, Telaga Asih's sibling
  city: '32.75', // Kota Bekasi
  cityDistrict: '32.75.01',
  cityVillage: '32.75.01.1001', // a kelurahan of Kota Bekasi, under the Kota admin
} as const;
