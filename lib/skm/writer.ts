import { type Db, queryRows } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { processGlobal } from '@/lib/process-global';
import { insertAnswersSql, type NewSkmAnswer } from './answers-sql';

type Pending = { row: NewSkmAnswer; resolve: (written: boolean) => void; reject: (e: unknown) => void };

const MAX_WAIT_MS = 4;
const MAX_BATCH = 500;
const MAX_QUEUE = 5000;

/**
 * Group commit for survey answers, as for check-ins (lib/checkins/ingest.ts): answers that
 * arrive together are written by one statement, so a busy regency's rollup rows are updated
 * once per batch rather than once per answer. Each caller learns whether its answer was the
 * first for its check-in.
 */
export class SkmWriter {
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing = false;

  constructor(private readonly db: Db) {}

  submit(row: NewSkmAnswer): Promise<boolean> {
    if (this.queue.length >= MAX_QUEUE) return Promise.reject(unavailable());
    return new Promise((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      this.kick(this.queue.length >= MAX_BATCH ? 0 : MAX_WAIT_MS);
    });
  }

  private kick(delay: number) {
    if (this.flushing) return; // the running flush picks the queue up when it ends
    if (delay === 0 || !this.timer) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), delay);
    }
  }

  private async flush() {
    this.timer = null;
    if (this.flushing || this.queue.length === 0) return;
    this.flushing = true;
    const batch = this.queue.splice(0, MAX_BATCH);
    try {
      const written = new Set((await queryRows<{ ord: number }>(this.db, insertAnswersSql(batch.map((p) => p.row)))).map((r) => r.ord));
      batch.forEach((p, ord) => p.resolve(written.has(ord)));
    } catch (cause) {
      log.error({ err: cause, rows: batch.length }, 'survey answers could not be written');
      const error = unavailable(cause);
      batch.forEach((p) => p.reject(error));
    } finally {
      this.flushing = false;
      if (this.queue.length > 0) this.kick(0);
    }
  }
}

function unavailable(cause?: unknown) {
  return new AppError('unavailable', { message: 'Jawaban survei sedang tidak dapat disimpan. Coba lagi dalam beberapa detik.', cause });
}

const writers = () => processGlobal('skm-writers', () => new Map<Db, SkmWriter>());

/** One writer per database per process, so that concurrent answers share batches. */
export function skmWriter(db: Db): SkmWriter {
  let writer = writers().get(db);
  if (!writer) writers().set(db, (writer = new SkmWriter(db)));
  return writer;
}
