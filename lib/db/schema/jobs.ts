import { bigint, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per run of a scheduled job (lib/jobs/), read by superadmins. */
export const jobRuns = pgTable(
  'job_runs',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    job: text().notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    /** Null while the run is under way, or when its process died mid-run. */
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Rows the job changed (visitor keys erased, digests sent); null until it finishes. */
    rows: bigint({ mode: 'number' }),
    error: text(),
  },
  (t) => [index('job_runs_started_idx').on(t.startedAt)],
);

export type JobRun = typeof jobRuns.$inferSelect;
