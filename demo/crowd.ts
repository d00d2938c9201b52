import { unitFate } from './places';

export type CrowdVisitor = { nik: string; doses: number; positive: boolean };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Made-up residents of both Bekasis for the simulator and the registry: valid NIKs (a Bekasi
 * district, a real birth date, women with 40 added to the day) that belong to nobody. Most are
 * fully vaccinated, as in late 2021; a few are positive.
 */
export function demoCrowd(size = 400): CrowdVisitor[] {
  return Array.from({ length: size }, (_, i) => {
    const f = (salt: string) => unitFate(`${salt}${i}`);
    const city = f('city') < 0.45;
    const district = city ? `3275${pad(1 + Math.floor(f('d') * 12))}` : `3216${pad(1 + Math.floor(f('d') * 23))}`;
    const day = 1 + Math.floor(f('day') * 28) + (f('sex') < 0.5 ? 40 : 0);
    const birth = `${pad(day)}${pad(1 + Math.floor(f('m') * 12))}${pad(60 + Math.floor(f('y') * 40))}`;
    const nik = `${district}${birth}${pad(1000 + i, 4)}`;
    const r = f('doses');
    if (r < 0.62) return { nik, doses: 2, positive: false };
    if (r < 0.82) return { nik, doses: 1, positive: false };
    if (r < 0.96) return { nik, doses: 0, positive: false };
    return { nik, doses: 2, positive: true };
  });
}
