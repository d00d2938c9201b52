import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { CheckinWriter } from '@/lib/checkins/ingest';
import { queryRows } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { deskCheckin } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';
import { seedAreas, unitByCode } from '../support/fixtures';

const row = deskCheckin;

const outcome = (p: Promise<unknown>) => p.then(() => 'written', (e: unknown) => e);

describeEachDatabase(
  'a check-in batch fails small',
  (database) => {
    it('writes every good row of a batch that holds a bad one, and refuses only the bad one', async () => {
      const { db } = database();
      const unit = await unitByCode(db, '32.16');
      // A long wait gathers all six into one batch; unit 2147483647 does not exist.
      const writer = new CheckinWriter(db, undefined, { maxWaitMs: 50, cooldownMs: 60_000 });
      const keys = ['small-1', 'small-2', 'small-3', 'small-bad', 'small-4', 'small-5'];
      const answers = await Promise.all(keys.map((k) => outcome(writer.submit(row(k === 'small-bad' ? 2_147_483_647 : unit.id, k)))));

      expect(answers.filter((a) => a === 'written')).toHaveLength(5);
      const refused = answers[keys.indexOf('small-bad')];
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ status: 503 });
      const stored = await queryRows<{ key: string }>(db, sql`SELECT visitor_key AS key FROM checkin_events WHERE visitor_key LIKE 'small-%' ORDER BY 1`);
      expect(stored.map((r) => r.key)).toEqual(['small-1', 'small-2', 'small-3', 'small-4', 'small-5']);

      // No cool-down: the database is there, so the next check-in is written at once.
      expect(await outcome(writer.submit(row(unit.id, 'small-after')))).toBe('written');
    });

    it('writes a batch in (unit, key) order whatever order the rows arrived in', async () => {
      const { db } = database();
      const [a, b] = await Promise.all([unitByCode(db, '32.16'), unitByCode(db, '32.75')]);
      const writer = new CheckinWriter(db, undefined, { maxWaitMs: 50 });
      const arrived = [row(b.id, 'order-b2'), row(a.id, 'order-a3'), row(b.id, 'order-b1'), row(a.id, 'order-a1'), row(a.id, 'order-a2')];
      await Promise.all(arrived.map((r) => writer.submit(r)));
      // Ids are drawn in the order the rows are inserted, which is the order they lock the index in.
      const stored = await queryRows<{ key: string }>(db, sql`SELECT visitor_key AS key FROM checkin_events WHERE visitor_key LIKE 'order-%' ORDER BY id`);
      const expected = [...arrived].sort((x, y) => x.unitId - y.unitId || (x.idempotencyKey! < y.idempotencyKey! ? -1 : 1));
      expect(stored.map((r) => r.key)).toEqual(expected.map((r) => r.idempotencyKey));
    });
  },
  async ({ db }) => seedAreas(db),
);
