/** `npm run purge`: erase visitor keys past the retention period now. */
import { purgeVisitorKeys, retentionDays } from '@/lib/checkins/retention';
import { configuredDbOptions, openDb } from '@/lib/db/client';

const handle = await openDb(configuredDbOptions());
try {
  const n = await purgeVisitorKeys(handle.db);
  console.log(`Erased ${n} visitor keys older than ${retentionDays()} days.`);
} finally {
  await handle.close();
}
