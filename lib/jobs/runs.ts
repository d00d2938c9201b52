import { desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/client';
import { type JobRun, jobRuns } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { safeError } from '@/lib/log';
import type { Job } from './job';

/**
 * Runs `job` once and keeps the record: the row is written before the work starts, so a run
 * that never finishes (its process died) still shows. A failure is recorded, then rethrown
 * for the runner to log and retry.
 */
export async function runRecorded(
  db: Db,
  job: Job,
  signal: AbortSignal = new AbortController().signal,
): Promise<JobRun> {
  const [started] = await db
    .insert(jobRuns)
    .values({ job: job.name })
    .returning({ id: jobRuns.id });
  const finish = async (values: { rows?: number; error?: string }) => {
    const [run] = await db
      .update(jobRuns)
      .set({ finishedAt: sql`now()`, ...values })
      .where(eq(jobRuns.id, started!.id))
      .returning();
    return run!;
  };
  let rows: number;
  try {
    rows = await job.run(db, signal);
  } catch (error) {
    await finish({ error: describe(safeError(error)) });
    throw error;
  }
  return finish({ rows });
}

/**
 * The messages down an error's causes, with PostgreSQL's error code ("Failed query: relation
 * "…" does not exist [42P01]"), as safeError keeps them: a query's parameters never show.
 */
function describe(error: Record<string, unknown>): string {
  const cause = error.cause;
  const message =
    typeof error.code === 'string'
      ? `${String(error.message)} [${error.code}]`
      : String(error.message);
  return typeof cause === 'object' && cause !== null
    ? `${message}: ${describe(cause as Record<string, unknown>)}`
    : message;
}

/** The latest runs of every job, newest first: for superadmins only, as jobs span all units. */
export async function listJobRuns(ctx: { db: Db; actor: Actor }, limit = 100): Promise<JobRun[]> {
  if (!ctx.actor.isSuperadmin) throw new AppError('forbidden');
  return ctx.db
    .select()
    .from(jobRuns)
    .orderBy(desc(jobRuns.startedAt), desc(jobRuns.id))
    .limit(limit);
}
