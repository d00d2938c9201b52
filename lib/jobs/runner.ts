import {
  Logger,
  parseCronItems,
  run,
  runMigrations,
  runOnce,
  quickAddJob,
  type TaskList,
} from 'graphile-worker';
import type { Db } from '@/lib/db/client';
import type { JobRun } from '@/lib/db/schema';
import { log } from '@/lib/log';
import { allJobs } from './all';
import type { Job } from './job';
import { runRecorded } from './runs';

export type JobRunner = {
  /** Stops scheduling and waits for a run under way to finish. */
  stop: () => Promise<void>;
};

/** Where jobs run: a PostgreSQL server (`url`) shared by every instance, or the embedded database. */
export type JobTarget = { db: Db; url?: string };

// graphile-worker's own chatter (connected, job started) is debug here; its warnings and errors are ours.
const levels: Record<string, 'error' | 'warn' | 'debug'> = { error: 'error', warning: 'warn' };
const logger = new Logger((scope) => (level, message, meta) => {
  log[levels[String(level)] ?? 'debug']({ ...scope, ...meta }, `jobs: ${message}`);
});

function reported(run: JobRun) {
  log.info({ job: run.job, rows: run.rows }, 'jobs: run finished');
}

/**
 * The jobs as graphile-worker tasks; each run is recorded in job_runs. A failure is thrown on
 * for graphile-worker to log and retry, after `onFailure` has seen it.
 */
function taskList(
  db: Db,
  jobs: readonly Job[],
  onRun: (run: JobRun) => void = reported,
  onFailure: (error: unknown) => void = () => {},
): TaskList {
  return Object.fromEntries(
    jobs.map((job) => [
      job.name,
      async (_payload, helpers) => {
        try {
          onRun(await runRecorded(db, job, helpers.abortSignal));
        } catch (error) {
          onFailure(error);
          throw error;
        }
      },
    ]),
  );
}

/**
 * The schedule as graphile-worker reads it. A job's own queue runs its runs one after another
 * even when one outlasts its period; a failed run is tried twice more, then left to the next.
 */
const cronItems = (jobs: readonly Job[]) =>
  parseCronItems(
    jobs.map((job) => ({
      task: job.name,
      match: job.schedule,
      identifier: job.name,
      options: { queueName: job.name, maxAttempts: 3 },
    })),
  );

/**
 * Runs the scheduled jobs. On PostgreSQL every instance starts one and graphile-worker's cron
 * enqueues each due run once across them all (its known_crontabs row is claimed by one
 * instance per minute); whichever instance is free runs it. The embedded database belongs
 * to one process, which runs the same schedule on a timer of its own.
 */
export async function startJobRunner(
  target: JobTarget,
  jobs: readonly Job[] = allJobs,
): Promise<JobRunner> {
  if (!target.url) return startInProcess(target.db, jobs);
  const runner = await run({
    connectionString: target.url,
    // One job at a time: the purge is heavy enough alone, and its pool stays small.
    concurrency: 1,
    maxPoolSize: 3,
    // The server handles SIGTERM itself (lib/http/shutdown.ts) and stops this runner.
    noHandleSignals: true,
    logger,
    taskList: taskList(target.db, jobs),
    parsedCronItems: cronItems(jobs),
  });
  return { stop: () => runner.stop() };
}

function startInProcess(db: Db, jobs: readonly Job[]): JobRunner {
  const items = cronItems(jobs);
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const stopping = new AbortController();
  const nextMinute = () => {
    timer = setTimeout(tick, 60_000 - (Date.now() % 60_000));
    timer.unref();
  };
  const tick = () => {
    // The timer may fire a little early or late: the minute it was meant for is the nearest.
    const at = new Date(Math.round(Date.now() / 60_000) * 60_000);
    const digest = {
      min: at.getUTCMinutes(),
      hour: at.getUTCHours(),
      date: at.getUTCDate(),
      month: at.getUTCMonth() + 1,
      dow: at.getUTCDay(),
    };
    const due = jobs.filter((_, i) => items[i]!.match(digest));
    running = running.then(async () => {
      for (const job of due) {
        try {
          if (!stopping.signal.aborted) reported(await runRecorded(db, job, stopping.signal));
        } catch (error) {
          log.error({ err: error, job: job.name }, 'jobs: run failed');
        }
      }
    });
    nextMinute();
  };
  nextMinute();
  return {
    stop: async () => {
      clearTimeout(timer);
      stopping.abort();
      await running;
    },
  };
}

/**
 * Runs one job now (`npm run purge`). On PostgreSQL it goes through the queue, so it never
 * overlaps a scheduled run of the same job; a running instance may take it first, and then
 * this returns null (its run shows on /sistem/tugas).
 */
export async function runJobNow(target: JobTarget, job: Job): Promise<JobRun | null> {
  if (!target.url) return runRecorded(target.db, job);
  await runMigrations({ connectionString: target.url, logger });
  await quickAddJob(
    { connectionString: target.url, logger },
    job.name,
    {},
    { queueName: job.name, maxAttempts: 1 },
  );
  let ours: JobRun | null = null;
  let failure: unknown;
  await runOnce({
    connectionString: target.url,
    noHandleSignals: true,
    logger,
    taskList: taskList(
      target.db,
      [job],
      (run) => (ours = run),
      (error) => (failure = error),
    ),
  });
  if (failure !== undefined) throw failure;
  return ours;
}

/**
 * The server's runner: started in the background, and started again a minute later when the
 * database did not answer, so an instance that came up during an outage still runs its jobs.
 */
export function keepJobsRunning(target: JobTarget): JobRunner {
  let runner: JobRunner | undefined;
  let retry: NodeJS.Timeout | undefined;
  let stopped = false;
  const start = async () => {
    try {
      const started = await startJobRunner(target);
      if (stopped) return await started.stop();
      runner = started;
      log.info(
        { jobs: allJobs.map((j) => j.name), shared: Boolean(target.url) },
        'jobs: runner started',
      );
    } catch (error) {
      log.error({ err: error }, 'jobs: the runner did not start; trying again in a minute');
      if (!stopped) retry = setTimeout(() => void start(), 60_000).unref();
    }
  };
  const starting = start();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      await starting;
      await runner?.stop();
    },
  };
}
