import { upsertAccount } from '@/lib/accounts/users';
import type { Db } from '@/lib/db/client';
import { importAreas, loadAreas } from '@/lib/tenancy/import';
import { demoAccounts } from './accounts';

/** Jawa Barat holds both Bekasis; idempotent, so every demo start can run it. */
export async function seedDemo(db: Db) {
  await importAreas(db, await loadAreas('32'));
  for (const account of demoAccounts) await upsertAccount(db, account);
  return demoAccounts;
}
