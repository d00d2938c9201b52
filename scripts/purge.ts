/** `npm run purge`: erase visitor keys past the retention period now, as a recorded job run. */
import { retentionDays } from '@/lib/checkins/retention';
import { configuredDbOptions, openDb } from '@/lib/db/client';
import { purgeVisitorKeysJob } from '@/lib/jobs/purge-visitor-keys';
import { runJobNow } from '@/lib/jobs/runner';

const options = configuredDbOptions();
const handle = await openDb(options);
try {
  const run = await runJobNow({ db: handle.db, url: options.listenUrl ?? options.url }, purgeVisitorKeysJob);
  console.log(
    run
      ? `Erased ${run.rows} visitor keys older than ${retentionDays()} days.`
      : 'A running instance took the purge from the queue: its run shows on /sistem/tugas.',
  );
} finally {
  await handle.close();
}
