import { sql } from 'drizzle-orm';
import { upsertAccount } from '@/lib/accounts/users';
import { loadActor } from '@/lib/auth/actor';
import { createApiKey } from '@/lib/checkins/api-keys';
import { userCtx } from '@/lib/context';
import { type Db, queryRows } from '@/lib/db/client';
import { getUnitByCode, inSubtree } from '@/lib/tenancy/units';
import { seedDemo } from '@/demo/seed';
import { testNik } from '../tests/support/checkin-checks';
import { type AppServerKind, startApp } from './app-server';
import { drive } from './load';
import { cpuSeconds } from './process-cpu';

/** Where and how hard the scanner load runs. */
export type Load = { port: number; connections: number; seconds: number };

/** Demo data (loaded again over a seeded database, it adds nothing), and an API key of Kota Bekasi with the ids of its kelurahan to check visitors in at. */
export async function prepare(db: Db) {
  const accounts = await seedDemo(db);
  const admin = accounts.find((a) => a.email === 'admin@bekasikota.go.id')!;
  const actor = (await loadActor(db, (await upsertAccount(db, admin)).id))!;
  const kota = await getUnitByCode(db, '32.75');
  const { key } = await createApiKey(userCtx(db, actor, 'apikeys.manage', kota), { name: 'Beban uji' });
  const villages = await queryRows<{ id: number }>(db, sql`SELECT id FROM units WHERE ${inSubtree(kota, sql`path`)} AND kind IN ('village', 'urban_village')`);
  if (villages.length === 0) throw new Error('no kelurahan under Kota Bekasi');
  return { key, unitIds: villages.map((v) => v.id) };
}

/** Scanner check-ins through the production app's API: the driver's result, and the app's CPU per check-in. */
export async function throughApp(
  label: string,
  env: Record<string, string>,
  key: string,
  unitIds: number[],
  { port, connections, seconds }: Load,
  server: AppServerKind = 'pindai',
) {
  const app = await startApp(port, env, server);
  try {
    console.log(`${label}: ${connections} connections for ${seconds} s …`);
    const run = Date.now().toString(36);
    const cpuBefore = cpuSeconds(app.pid);
    const result = await drive({
      url: `${app.origin}/api/v1/checkins`,
      connections,
      seconds,
      warmupSeconds: 3,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: (n) =>
        JSON.stringify({ idempotency_key: `${run}-${n}`, identity: testNik(n), unit_id: unitIds[n % unitIds.length], kind: n % 4 === 3 ? 'out' : 'in' }),
      acknowledged: (status) => status === 201,
    });
    // CPU the app itself spent per check-in: what a machine of its own would need, whatever else runs here.
    return { ...result, cpuMsPerCheckin: ((cpuSeconds(app.pid) - cpuBefore) * 1000) / result.acknowledgedInAll };
  } finally {
    await app.stop();
  }
}
