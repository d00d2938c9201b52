import { upsertAccount } from '@/lib/accounts/users';
import { loadActor } from '@/lib/auth/actor';
import type { AuthorizedUnit } from '@/lib/auth/authorized-unit';
import type { Ctx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import type { Role, Unit } from '@/lib/db/schema';
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

/**
 * A unit as an entry wrapper hands it on. Suites call data functions directly, standing in for
 * the wrapper, and some do so on purpose with an actor the wrapper would have refused, to prove
 * the functions' own checks: so this is the tests' one brand without a check.
 */
export const authorized = (unit: Unit) => unit as AuthorizedUnit;

/** The unit with a Kemendagri code, authorised as a wrapper would. */
export async function unitByCode(db: Db, code: string): Promise<AuthorizedUnit> {
  return authorized(await getUnitByCode(db, code));
}

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
