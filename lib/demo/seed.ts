import { upsertAccount } from '@/lib/accounts/users';
import { loadActor } from '@/lib/auth/actor';
import { importRegistry } from '@/lib/checkins/registry-import';
import type { Db } from '@/lib/db/client';
import { importAreas, loadAreas } from '@/lib/tenancy/import';
import { getUnitByCode } from '@/lib/tenancy/units';
import { demoAccounts } from './accounts';
import { demoCrowd } from './crowd';
import { demoVisitors, registryCsv } from './registry';

/** Jawa Barat holds both Bekasis; idempotent, so every demo start can run it. */
export async function seedDemo(db: Db) {
  await importAreas(db, await loadAreas('32'));
  const users = new Map<string, number>();
  for (const account of demoAccounts) users.set(account.email, (await upsertAccount(db, account)).id);
  // The province's health office loads the registry as it would through the app: the visitors
  // to try, and the crowd of both Bekasis the simulator and the history draw on. Its records
  // speak at every door in the province; a regency's own office would reach only its own.
  const health = await loadActor(db, users.get('dinkes@jabarprov.go.id')!);
  await importRegistry({ db, actor: health!, unit: await getUnitByCode(db, '32') }, registryCsv([...demoVisitors, ...demoCrowd()]));
  return demoAccounts;
}
