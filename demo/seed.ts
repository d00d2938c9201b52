import { userCtx } from '@/lib/context';
import { upsertAccount } from '@/lib/accounts/users';
import { loadActor } from '@/lib/auth/actor';
import { importRegistry } from '@/lib/checkins/registry-import';
import type { Db } from '@/lib/db/client';
import { importAreas, loadAreas } from '@/lib/tenancy/import';
import { getUnitByCode } from '@/lib/tenancy/units';
import { demoAccounts } from './accounts';
import { demoCrowd } from './crowd';
import { demoVisitors, registryCsv } from './registry';

/** Each health office uploads the residents registered in its own region (the NIK's first four digits). */
const healthOffices = [
  { email: 'dinkes@bekasikab.go.id', unit: '32.16' },
  { email: 'dinkes@bekasikota.go.id', unit: '32.75' },
];

/** Jawa Barat holds both Bekasis; idempotent, so every demo start can run it. */
export async function seedDemo(db: Db) {
  await importAreas(db, await loadAreas('32'));
  const users = new Map<string, number>();
  for (const account of demoAccounts) users.set(account.email, (await upsertAccount(db, account)).id);
  // The health offices load the registry as they would through the app: the visitors to try,
  // and the crowd the simulator and the history draw on.
  const registry = [...demoVisitors, ...demoCrowd()];
  for (const office of healthOffices) {
    const actor = await loadActor(db, users.get(office.email)!);
    const residents = registry.filter((v) => v.nik.startsWith(office.unit.replace('.', '')));
    await importRegistry(userCtx(db, actor!, 'registry.import', await getUnitByCode(db, office.unit)), registryCsv(residents));
  }
  return demoAccounts;
}
