/**
 * Made-up visitors of the demo vaccination registry (the NIKs have a real Bekasi district code
 * and a valid birth date, but belong to nobody). Listed so a demo user can try each status, in
 * either regency: a health office's records speak only at the doors of its own region.
 */
export const demoVisitors = [
  { nik: '3216081505900001', doses: 2, positive: false, status: 'hijau' },
  { nik: '3216085203850002', doses: 1, positive: false, status: 'kuning' },
  { nik: '3216082708920005', doses: 0, positive: false, status: 'merah' },
  { nik: '3216086101880006', doses: 2, positive: true, status: 'hitam' },
  { nik: '3275011505900007', doses: 2, positive: false, status: 'hijau' },
  { nik: '3275015203850008', doses: 1, positive: false, status: 'kuning' },
  { nik: '3275012708920003', doses: 0, positive: false, status: 'merah' },
  { nik: '3275016101880004', doses: 2, positive: true, status: 'hitam' },
] as const;

/** A demo visitor of one status registered in one regency (3216 Kabupaten, 3275 Kota Bekasi). */
export const demoNik = (status: (typeof demoVisitors)[number]['status'], region: '3216' | '3275' = '3216') =>
  demoVisitors.find((v) => v.status === status && v.nik.startsWith(region))!.nik;

/** The registry as a health office uploads it (NIK, doses, positive or close contact). */
export function registryCsv(visitors: readonly { nik: string; doses: number; positive: boolean }[]): string {
  return ['nik,dosis,positif', ...visitors.map((v) => `${v.nik},${v.doses},${v.positive ? 'ya' : 'tidak'}`)].join('\n');
}
