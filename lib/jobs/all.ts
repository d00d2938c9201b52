import { dailyDigestJob } from './daily-digest';
import type { Job } from './job';
import { makePartitionsJob } from './make-partitions';
import { purgeVisitorKeysJob } from './purge-visitor-keys';

/** Every scheduled job: a new one is a file beside this one and a line here. */
export const allJobs: readonly Job[] = [purgeVisitorKeysJob, makePartitionsJob, dailyDigestJob];
