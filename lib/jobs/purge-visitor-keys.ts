import { purgeVisitorKeys } from '@/lib/checkins/retention';
import type { Job } from './job';

/** Hourly, a few minutes past the hour: erase visitor keys past the retention period. */
export const purgeVisitorKeysJob: Job = {
  name: 'purge-visitor-keys',
  schedule: '7 * * * *',
  run: (db, signal) => purgeVisitorKeys(db, { signal }),
};
