import { expect, it } from 'vitest';
import { insertBatchSql, NOTIFY_CHANNEL, type NewCheckin } from '@/lib/checkins/ingest-sql';
import type { Unit } from '@/lib/db/schema';
import { LiveHub } from '@/lib/live/hub';
import type { LiveSnapshot } from '@/lib/stats/dashboard';
import { describeEachDatabase } from '../support/each-database';
import { eventually } from '../support/eventually';
import { seedAreas, unitByCode } from '../support/fixtures';

const event = (unit: Unit, occurredAt = new Date()): NewCheckin => ({
  unitId: unit.id,
  serviceId: null,
  posterId: null,
  kind: 'in',
  status: 'hijau',
  admitted: true,
  reason: null,
  channel: 'desk',
  visitorKey: null,
  occurredAt,
  apiKeyId: null,
  idempotencyKey: null,
});

describeEachDatabase(
  'live updates',
  (get) => {
    it('a committed batch sends exactly one NOTIFY naming the units it touched', async () => {
      const database = get();
      const [a, b] = [await unitByCode(database.db, '32.16.08.1008'), await unitByCode(database.db, '32.75.01.1001')];
      const payloads: string[] = [];
      const stop = await database.listen(NOTIFY_CHANNEL, (p) => payloads.push(p), () => {});
      await database.db.execute(insertBatchSql([event(a), event(a), event(b)]));
      await eventually(() => payloads.length > 0);
      await new Promise((r) => setTimeout(r, 200)); // room for a second one, which must not come
      await stop();
      expect(payloads).toHaveLength(1);
      expect((JSON.parse(payloads[0]!) as number[]).sort()).toEqual([a.id, b.id].sort());
    });

    it('a check-in reaches the dashboards of its unit and ancestors, never a sibling', async () => {
      const database = get();
      const hub = new LiveHub(async () => database);
      const codes = ['32.16.08.1008', '32.16.08', '32.16', '32.16.08.2001', '32.75'];
      const seen = new Map<string, LiveSnapshot[]>();
      const stops = [];
      for (const code of codes) {
        seen.set(code, []);
        stops.push(await hub.subscribe(await unitByCode(database.db, code), (s) => seen.get(code)!.push(s)));
      }
      // Everyone got the snapshot they connected with.
      for (const code of codes) expect(seen.get(code)).toHaveLength(1);
      const before = seen.get('32.16')![0]!.counters.today.checkins;

      await database.db.execute(insertBatchSql([event(await unitByCode(database.db, '32.16.08.1008'))]));
      await eventually(() => ['32.16.08.1008', '32.16.08', '32.16'].every((c) => seen.get(c)!.length === 2));
      await new Promise((r) => setTimeout(r, 400));
      expect(seen.get('32.16')![1]!.counters.today.checkins).toBe(before + 1);
      expect(seen.get('32.16.08.1008')![1]!.hourly.reduce((n, h) => n + h.total, 0)).toBe(
        seen.get('32.16.08.1008')![0]!.hourly.reduce((n, h) => n + h.total, 0) + 1,
      );
      expect(seen.get('32.16.08.2001')).toHaveLength(1);
      expect(seen.get('32.75')).toHaveLength(1);
      stops.forEach((stop) => stop());
      await hub.close();
    });

    it('a burst of batches is coalesced into a few snapshots per scope', async () => {
      const database = get();
      const hub = new LiveHub(async () => database);
      const unit = await unitByCode(database.db, '32.16.08.1008');
      const snapshots: LiveSnapshot[] = [];
      const stop = await hub.subscribe(unit, (s) => snapshots.push(s));
      const first = snapshots[0]!.counters.today.checkins;
      for (let i = 0; i < 20; i++) await database.db.execute(insertBatchSql([event(unit)]));
      await eventually(() => snapshots.at(-1)!.counters.today.checkins === first + 20);
      stop();
      await hub.close();
      // 20 commits, but far fewer pushes: one per MIN_GAP_MS at most, plus the first.
      expect(snapshots.length).toBeLessThan(20);
    });
  },
  (database) => seedAreas(database.db),
);
