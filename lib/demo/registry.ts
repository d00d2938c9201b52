/**
 * Made-up visitors of the demo vaccination registry (the NIKs have a real Bekasi district code
 * and a valid birth date, but belong to nobody). Listed so a demo user can try each status.
 */
export const demoVisitors = [
  { nik: '3216081505900001', doses: 2, positive: false, status: 'hijau' },
  { nik: '3216085203850002', doses: 1, positive: false, status: 'kuning' },
  { nik: '3275012708920003', doses: 0, positive: false, status: 'merah' },
  { nik: '3275016101880004', doses: 2, positive: true, status: 'hitam' },
] as const;

/** The registry as a health office uploads it (NIK, doses, positive or close contact). */
export function registryCsv(visitors: readonly { nik: string; doses: number; positive: boolean }[]): string {
  return ['nik,dosis,positif', ...visitors.map((v) => `${v.nik},${v.doses},${v.positive ? 'ya' : 'tidak'}`)].join('\n');
}
