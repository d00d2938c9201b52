import { makeMonthPartitions } from '@/lib/checkins/partitions';
import type { Job } from './job';

/** Daily: the event table's partitions for this month and the next two. */
export const makePartitionsJob: Job = {
  name: 'make-partitions',
  schedule: '13 0 * * *',
  run: (db) => makeMonthPartitions(db),
};
