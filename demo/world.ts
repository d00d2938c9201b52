import type { Db } from '@/lib/db/client';
import { generateHistory, hasHistory, historyStart, type HistoryOptions } from './history';
import { seedRegionPolicies } from './policies';
import { seedDemo } from './seed';
import { generateQueueHistory } from './queue-history';
import { generateSurveyHistory } from './survey-history';
import { seedDemoTemplates } from './templates';
import { seedDemoTree } from './tree';

export type WorldOptions = Pick<HistoryOptions, 'events' | 'onDay' | 'deferIndexes'> & { weeks?: number; now?: Date };

/**
 * The whole Bekasi demo: areas, accounts, the vaccination registry and the regions' entry
 * policies, then the offices and venues with their services and posters and weeks of history,
 * and the regions' service templates that their kelurahan offices adopted.
 * Every demo start runs it; the offices and history come together, so once history is there
 * no more of them is added.
 */
export async function seedDemoWorld(db: Db, { events, weeks = 6, now = new Date(), onDay, deferIndexes }: WorldOptions) {
  const accounts = await seedDemo(db);
  await seedRegionPolicies(db);
  let seeded = { takers: 0, history: null as number | null };
  if (!(await hasHistory(db))) {
    const start = historyStart(now, weeks);
    const takers = await seedDemoTree(db, start);
    seeded = { takers, history: await generateHistory(db, { events, start, end: now, onDay, deferIndexes }) };
    await generateSurveyHistory(db, now);
    await generateQueueHistory(db, now);
  }
  // Also into a demo made before templates existed: once per region.
  await seedDemoTemplates(db);
  return { accounts, ...seeded };
}
