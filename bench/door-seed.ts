import { sql } from 'drizzle-orm';
import { userCtx } from '@/lib/context';
import { importRegistry } from '@/lib/checkins/registry-import';
import { type Db, queryRows } from '@/lib/db/client';
import { registryCsv } from '@/demo/registry';
import { createPoster } from '@/lib/posters/posters';
import { importAreas, loadAreas } from '@/lib/tenancy/import';
import { getUnitByCode, inSubtree } from '@/lib/tenancy/units';
import { benchActor } from './seeded-database';

/** Kabupaten Bekasi: its districts give the NIKs' first six digits, one of its desa the door. */
const REGENCY = '32.16';
const REGISTRY_UPLOAD_ROWS = 200_000; // importRegistry's limit per upload
const DATES = 2 * 28 * 12 * 40; // sex × day × month × birth year 1960–1999

/**
 * Plausible, distinct NIKs: a real district code of the regency, a valid birth date DDMMYY (40
 * added to the day for women) and a serial; every n below districts × 26,880 × 9,999 gives its own.
 */
export function nikMaker(districtDigits: string[]) {
  return (n: number): string => {
    const district = districtDigits[n % districtDigits.length]!;
    const m = Math.floor(n / districtDigits.length);
    const d = m % DATES;
    const serial = 1 + (Math.floor(m / DATES) % 9999);
    const day = 1 + (Math.floor(d / 2) % 28) + (d % 2 ? 40 : 0);
    const month = 1 + (Math.floor(d / 56) % 12);
    const year = 60 + Math.floor(d / 672);
    const two = (v: number) => String(v).padStart(2, '0');
    return `${district}${two(day)}${two(month)}${two(year)}${String(serial).padStart(4, '0')}`;
  };
}

/**
 * The door's data: Jawa Barat's areas, `niks` visitors with two doses imported through the
 * health office's own import, and `posters` entrance posters (no service, so no opening hours)
 * of one desa. Each poster takes 600 scans a minute (lib/checkins/visitor-limits.ts): the load
 * is spread over enough of them to stay under that limit.
 */
export async function seedDoor(db: Db, opts: { niks: number; posters: number }) {
  await importAreas(db, await loadAreas('32'));
  const regency = await getUnitByCode(db, REGENCY);
  const units = await queryRows<{ code: string; kind: string }>(
    db,
    sql`SELECT code, kind FROM units WHERE ${inSubtree(regency, sql`path`)} AND kind IN ('district', 'village') ORDER BY code`,
  );
  const districts = units.filter((u) => u.kind === 'district').map((u) => u.code.replaceAll('.', ''));
  const desa = units.find((u) => u.kind === 'village');
  if (districts.length === 0 || !desa) throw new Error('Kabupaten Bekasi has no districts or desa: is lib/tenancy/areas complete?');
  const nik = nikMaker(districts);

  const actor = await benchActor(db, 'bench-door@pindai.test');
  for (let from = 0; from < opts.niks; from += REGISTRY_UPLOAD_ROWS) {
    const visitors = Array.from({ length: Math.min(REGISTRY_UPLOAD_ROWS, opts.niks - from) }, (_, i) => ({ nik: nik(from + i), doses: 2, positive: false }));
    const report = await importRegistry(userCtx(db, actor, 'registry.import', regency), registryCsv(visitors));
    if (report.rejected.length > 0) throw new Error(`the registry import rejected ${report.rejected.length} NIKs, e.g. line ${report.rejected[0]!.line}: ${report.rejected[0]!.reason}`);
  }

  const ctx = userCtx(db, actor, 'posters.manage', await getUnitByCode(db, desa.code));
  const tokens: string[] = [];
  for (let i = 1; i <= opts.posters; i++) {
    const poster = await createPoster(ctx, { label: `Pintu masuk ${i}`, serviceId: null });
    tokens.push(poster.token!);
  }
  return { nik, tokens };
}
