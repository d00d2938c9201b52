import type { Db } from '@/lib/db/client';

/**
 * A scheduled job: one small file in lib/jobs/ exporting one of these, listed in
 * lib/jobs/all.ts. The runner (lib/jobs/runner.ts) runs it once per matching minute across
 * all instances and records each run in job_runs.
 */
export type Job = {
  /** Unique, kebab-case: the task's name in graphile-worker and the `job` of its runs. */
  name: string;
  /** A cron pattern in UTC (`minute hour day month weekday`), as graphile-worker reads it. */
  schedule: string;
  /**
   * Does the work; returns the rows it changed, for the record. `signal` aborts when the
   * instance shuts down: stop at the next safe point (a batch's end).
   */
  run: (db: Db, signal: AbortSignal) => Promise<number>;
};
