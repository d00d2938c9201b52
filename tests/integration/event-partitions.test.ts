import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { insertBatchSql, type NewCheckin } from '@/lib/checkins/ingest-sql';
import { eventPartitions, makeMonthPartitions, makePartitionsBetween } from '@/lib/checkins/partitions';
import { queryRows } from '@/lib/db/client';
import { rollupMismatches } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';
import { seedAreas, unitByCode } from '../support/fixtures';

const monthName = (d: Date) => `checkin_events_${d.getUTCFullYear()}_${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
const monthsFromNow = (n: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + n, 10, 3));
};

describeEachDatabase(
  'the event table’s monthly partitions',
  (get) => {
    it('has this month and the next two from the start, and the daily job adds none twice', async () => {
      const names = (await eventPartitions(get().db)).map((p) => p.name);
      expect(names).toEqual(expect.arrayContaining([0, 1, 2].map((n) => monthName(monthsFromNow(n)))));
      expect(names.at(-1)).toBe('checkin_events_default');
      expect(await makeMonthPartitions(get().db)).toBe(0);
    });

    it('gives a month that took scans before it had a partition its own, moving its rows there', async () => {
      const { db } = get();
      const unit = await unitByCode(db, '32.16.08.1008');
      const at = monthsFromNow(6);
      const row: NewCheckin = {
        unitId: unit.id, serviceId: null, posterId: null, kind: 'in', status: 'hijau', admitted: true, reason: null,
        channel: 'desk', visitorKey: null, occurredAt: at, apiKeyId: null, idempotencyKey: null,
      };
      await queryRows(db, insertBatchSql([row, row, row]));
      const inDefault = sql`SELECT count(*)::int AS n FROM checkin_events_default`;
      expect((await queryRows<{ n: number }>(db, inDefault))[0]!.n).toBe(3);

      expect(await makePartitionsBetween(db, at, at)).toBe(1);
      expect((await queryRows<{ n: number }>(db, inDefault))[0]!.n).toBe(0);
      const [moved] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(monthName(at))}`);
      expect(moved!.n).toBe(3);
      expect(await rollupMismatches(db)).toEqual([]);
      // And the table still takes that month's scans, now into the new partition.
      await queryRows(db, insertBatchSql([row]));
      expect((await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(monthName(at))}`))[0]!.n).toBe(4);
    });
  },
  async ({ db }) => seedAreas(db),
);
