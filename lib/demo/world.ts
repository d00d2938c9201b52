import { loadActor } from '@/lib/auth/actor';
import { importRegistry } from '@/lib/checkins/registry-import';
import type { Db } from '@/lib/db/client';
import { getUnitByCode } from '@/lib/tenancy/units';
import { crowdCsv, demoCrowd } from './crowd';
import { generateHistory, hasHistory, historyStart } from './history';
import { seedDemo } from './seed';
import { seedDemoTree } from './tree';

export type WorldOptions = {
  /** About how many check-ins (and check-outs) the history holds. */
  events: number;
  weeks?: number;
  now?: Date;
  onDay?: (day: string, total: number) => void;
  deferIndexes?: boolean;
};

/**
 * The whole Bekasi demo: areas, accounts, offices and venues with services and posters, the
 * vaccination registry with its crowd, and weeks of history unless some is there already.
 * Idempotent: every demo start runs it.
 */
export async function seedDemoWorld(db: Db, { events, weeks = 6, now = new Date(), onDay, deferIndexes }: WorldOptions) {
  const accounts = await seedDemo(db);
  const start = historyStart(now, weeks);
  const takers = await seedDemoTree(db, start);
  const health = await loadActor(db, (await db.query.users.findFirst({ where: (u, { eq }) => eq(u.email, 'dinkes@bekasikab.go.id') }))!.id);
  await importRegistry({ db, actor: health!, unit: await getUnitByCode(db, '32.16') }, crowdCsv(demoCrowd()));
  const history = (await hasHistory(db)) ? null : await generateHistory(db, { events, start, end: now, onDay, deferIndexes });
  return { accounts, takers, history };
}
