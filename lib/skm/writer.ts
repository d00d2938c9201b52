import { type Db, queryRows } from '@/lib/db/client';
import { GroupCommit, sharedWriter } from '@/lib/db/group-commit';
import { AppError } from '@/lib/errors';
import { insertAnswersSql, type NewSkmAnswer } from './answers-sql';

/**
 * Survey answers are written by group commit, as check-ins are, so a busy regency's rollup rows
 * are updated once per batch rather than once per answer. Each caller learns whether its answer
 * was the first for its check-in.
 */
export class SkmWriter {
  private readonly batches: GroupCommit<NewSkmAnswer, boolean>;

  constructor(db: Db) {
    this.batches = new GroupCommit({
      write: async (rows) => {
        const written = new Set((await queryRows<{ ord: number }>(db, insertAnswersSql(rows))).map((r) => r.ord));
        return rows.map((_, ord) => written.has(ord));
      },
      unavailable,
      what: 'survey answers',
    });
  }

  submit(row: NewSkmAnswer): Promise<boolean> {
    return this.batches.submit(row);
  }

  drain(): Promise<void> {
    return this.batches.drain();
  }
}

function unavailable(cause?: unknown) {
  return new AppError('unavailable', { message: 'Jawaban survei sedang tidak dapat disimpan. Coba lagi dalam beberapa detik.', cause });
}

/** One writer per database per process, so that concurrent answers share batches. */
export const skmWriter = (db: Db): SkmWriter => sharedWriter('skm', db, (d) => new SkmWriter(d));
