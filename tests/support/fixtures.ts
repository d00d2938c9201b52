import { upsertAccount } from '@/lib/accounts/users';
import { loadActor } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import type { Role } from '@/lib/db/schema';
import { importAreas, loadAreas } from '@/lib/tenancy/import';
import { getUnitByCode } from '@/lib/tenancy/units';

/**
 * Kabupaten Bekasi and Kota Bekasi (plus their province and Kabupaten Bogor as an unrelated
 * regency), imported from idn-area-data as the app does; small enough for every suite to load.
 */
export async function seedAreas(db: Db) {
  const keep = (code: string) =>
    ['32.01', '32.16', '32.75'].some(
      (p) => code === '32' || code === p || code.startsWith(`${p}.`),
    );
  const levels = (await loadAreas('32')).map((level) => level.filter((row) => keep(row.code)));
  await importAreas(db, levels);
}

export const unitByCode = getUnitByCode;

let counter = 0;

/** A fresh account holding `role` on the unit with `code` (or a superadmin), as an Actor. */
export async function actorWith(db: Db, role: Role | 'superadmin', code?: string) {
  const email = `${role}.${code ?? 'all'}.${process.pid}.${++counter}@test.pindai.id`.toLowerCase();
  const user = await upsertAccount(db, {
    email,
    name: `Uji ${role}`,
    password: 'Rahasia#12345',
    superadmin: role === 'superadmin',
    ...(role === 'superadmin' ? {} : { unit: code, role }),
  });
  const actor = await loadActor(db, user.id);
  if (!actor) throw new Error('actor vanished');
  return actor;
}

/** The context for acting as `actor` on the unit with `code`. */
export async function ctxFor(db: Db, actor: Ctx['actor'], code: string): Promise<Ctx> {
  return { db, actor, unit: await unitByCode(db, code) };
}
