import { expect, it } from 'vitest';
import { insertBatchSql, type NewCheckin } from '@/lib/checkins/ingest-sql';
import type { Unit } from '@/lib/db/schema';
import { LiveHub } from '@/lib/live/hub';
import type { LiveSnapshot } from '@/lib/stats/dashboard';
import { describeEachDatabase } from '../support/each-database';
import { eventually } from '../support/eventually';
import { seedAreas, unitByCode } from '../support/fixtures';

const event = (unit: Unit): NewCheckin => ({
  unitId: unit.id,
  serviceId: null,
  posterId: null,
  kind: 'in',
  status: 'kuning',
  admitted: true,
  reason: null,
  channel: 'desk',
  visitorKey: null,
  occurredAt: new Date(),
  apiKeyId: null,
  idempotencyKey: null,
});

const total = (s: LiveSnapshot) => s.counters.today.checkins;

describeEachDatabase(
  'live updates after a failure',
  (get) => {
    it('a listener that could not start is tried again by the next dashboard', async () => {
      const database = get();
      let refusals = 1;
      const hub = new LiveHub(async () => ({
        ...database,
        listen: (...args: Parameters<typeof database.listen>) =>
          refusals-- > 0
            ? Promise.reject(new Error('database unreachable'))
            : database.listen(...args),
      }));
      const unit = await unitByCode(database.db, '32.16.08.1008');
      await expect(hub.subscribe(unit, () => {})).rejects.toThrow('database unreachable');

      const seen: LiveSnapshot[] = [];
      const stop = await hub.subscribe(unit, (s) => seen.push(s));
      await database.db.execute(insertBatchSql([event(unit)]));
      await eventually(() => seen.length > 1 && total(seen.at(-1)!) === total(seen[0]!) + 1);
      stop();
      await hub.close();
    });

    it('a dashboard whose first snapshot failed leaves nothing behind for the next one', async () => {
      const database = get();
      const hub = new LiveHub(async () => database);
      const unit = await unitByCode(database.db, '32.16.08.2001');
      // A zone the figures cannot be bucketed in makes the snapshot fail.
      await expect(
        hub.subscribe({ ...unit, timeZone: 'Nowhere/Zone' }, () => {}),
      ).rejects.toThrow();

      const seen: LiveSnapshot[] = [];
      const stop = await hub.subscribe(unit, (s) => seen.push(s));
      await database.db.execute(insertBatchSql([event(unit)]));
      await eventually(() => seen.length > 1 && total(seen.at(-1)!) === total(seen[0]!) + 1);
      stop();
      await hub.close();
    });
  },
  (database) => seedAreas(database.db),
);
