import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { eventPartitions } from '@/lib/checkins/partitions';
import { type DbHandle, migrationsFolder, openDb, queryRows } from '@/lib/db/client';
import { rollupMismatches } from '../support/checkin-checks';
import { serverAvailable, serverUrl } from '../support/databases';
import { seedAreas } from '../support/fixtures';

/** The last migration of the previous stop (2bafffb): what a deployed database holds today. */
const LAST_TURN = '0013_skm';

/** The migrations folder as it was at LAST_TURN: the same files, the journal cut there. */
function lastTurnMigrations(): { folder: string; remove: () => void } {
  const folder = mkdtempSync(path.join(tmpdir(), 'pindai-migrations-'));
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const end = journal.entries.findIndex((e) => e.tag === LAST_TURN);
  if (end < 0) throw new Error(`${LAST_TURN} is not in the journal`);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, end + 1) }));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

async function migrateTo(handle: DbHandle, folder: string) {
  if (handle.driver === 'pg') await migratePg(handle.db as unknown as NodePgDatabase, { migrationsFolder: folder });
  else await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
}

const count = async (handle: DbHandle, table: string) =>
  (await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))[0]!.n;

const hasServer = await serverAvailable();
const drivers = hasServer ? (['pglite', 'pg'] as const) : (['pglite'] as const);

for (const driver of drivers) {
  describe(`the migrations on a database holding the previous stop's data [${driver}]`, () => {
    const cleanUps: (() => Promise<void> | void)[] = [];
    afterAll(async () => {
      for (const clean of cleanUps.reverse()) await clean();
    });

    it('apply over it and keep every unit, event, rollup and counter', async () => {
      let handle: DbHandle;
      if (driver === 'pg') {
        const name = `pindai_test_upgrade_${process.pid}_${Date.now() % 100_000}`;
        const admin = async (text: string) => {
          const pg = await import('pg');
          const client = new pg.default.Client({ connectionString: serverUrl });
          await client.connect();
          await client.query(text).finally(() => client.end());
        };
        await admin(`CREATE DATABASE ${name}`);
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        handle = await openDb({ url: url.toString() });
        cleanUps.push(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`), () => handle.close());
      } else {
        handle = await openDb({ dataDir: null });
        cleanUps.push(() => handle.close());
      }
      const previous = lastTurnMigrations();
      cleanUps.push(previous.remove);

      // The previous stop's schema, with data written by its statements' shapes.
      await migrateTo(handle, previous.folder);
      await seedAreas(handle.db);
      // Events as that schema held them (the idempotency key in the event row, no regency),
      // one with a scanner's key, and rollups computed from them in that schema's shape.
      const [unit] = await queryRows<{ id: number }>(handle.db, sql`SELECT id FROM units WHERE code = '32.16.08.1008'`);
      await handle.db.execute(sql`INSERT INTO api_keys (unit_id, name, prefix, key_hash) VALUES (${unit!.id}, 'scanner', 'pk_x', 'hash-x')`);
      await handle.db.execute(sql`
        INSERT INTO checkin_events (unit_id, kind, status, admitted, reason, channel, visitor_key, occurred_at, api_key_id, idempotency_key, request_hash)
        SELECT ${unit!.id}, CASE WHEN n % 4 = 3 THEN 'out' ELSE 'in' END::checkin_kind,
               CASE WHEN n % 5 = 0 THEN 'merah' ELSE 'hijau' END::status, n % 5 <> 0,
               CASE WHEN n % 5 = 0 THEN 'status' END::refusal_reason, 'qr', 'upgrade-' || n,
               '2026-10-31T20:00:00Z'::timestamptz + n * interval '10 minutes',
               CASE WHEN n = 7 THEN (SELECT id FROM api_keys) END, CASE WHEN n = 7 THEN 'key-7' END, CASE WHEN n = 7 THEN 'hash-7' END
        FROM generate_series(0, 39) AS n`);
      await handle.db.execute(sql`
        INSERT INTO rollup_unit_hour (unit_id, hour, service_id, status, kind, admitted, reason, n, last_at)
        SELECT unit_id, date_trunc('hour', occurred_at), 0, status, kind, admitted, coalesce(reason::text, ''), count(*), max(occurred_at)
        FROM checkin_events GROUP BY 1, 2, 3, 4, 5, 6, 7`);
      await handle.db.execute(sql`
        INSERT INTO rollup_unit_day (unit_id, day, kind, admitted, n, last_at)
        SELECT unit_id, (occurred_at AT TIME ZONE 'Asia/Jakarta')::date, kind, admitted, count(*), max(occurred_at)
        FROM checkin_events GROUP BY 1, 2, 3, 4`);
      await handle.db.execute(sql`
        INSERT INTO rollup_area_hour (area_id, hour, category, status, kind, admitted, reason, n, last_at)
        SELECT split_part(u.path, '/', d + 2)::int, date_trunc('hour', e.occurred_at), '', e.status, e.kind, e.admitted, coalesce(e.reason::text, ''), count(*), max(e.occurred_at)
        FROM checkin_events e JOIN units u ON u.id = e.unit_id CROSS JOIN generate_series(0, 2) d GROUP BY 1, 2, 3, 4, 5, 6, 7`);
      await handle.db.execute(sql`
        INSERT INTO rollup_area_day (area_id, day, kind, admitted, n, last_at)
        SELECT split_part(u.path, '/', d + 2)::int, (e.occurred_at AT TIME ZONE 'Asia/Jakarta')::date, e.kind, e.admitted, count(*), max(e.occurred_at)
        FROM checkin_events e JOIN units u ON u.id = e.unit_id CROSS JOIN generate_series(0, 2) d GROUP BY 1, 2, 3, 4`);
      await handle.db.execute(sql`INSERT INTO rate_limits (key, points, expire) VALUES ('visitor-address:10.0.0.1', 3, ${Date.now() + 60_000})`);
      const before = { units: await count(handle, 'units'), events: await count(handle, 'checkin_events'), rollups: await count(handle, 'rollup_unit_hour') };

      // Today's migrations, as `npm run db:migrate` runs them on deploy.
      await handle.migrate();

      expect({ units: await count(handle, 'units'), events: await count(handle, 'checkin_events'), rollups: await count(handle, 'rollup_unit_hour') }).toEqual(before);
      // Every event moved into its month's partition (October and November), with its regency;
      // the scanner's key moved to its own table and still names its event.
      expect(await rollupMismatches(handle.db)).toEqual([]);
      const partitions = (await eventPartitions(handle.db)).map((p) => p.name);
      expect(partitions).toEqual(expect.arrayContaining(['checkin_events_2026_10', 'checkin_events_2026_11', 'checkin_events_default']));
      expect(await count(handle, 'checkin_events_2026_10')).toBe(24); // 20:00Z + 10 min × 0..23 ends before midnight
      expect(await count(handle, 'checkin_events_default')).toBe(0);
      expect(await queryRows(handle.db, sql`SELECT k.idempotency_key AS key, k.request_hash AS hash, e.visitor_key AS visitor
        FROM checkin_keys k JOIN checkin_events e ON e.id = k.event_id`)).toEqual([{ key: 'key-7', hash: 'hash-7', visitor: 'upgrade-7' }]);
      const [regencies] = await queryRows<{ n: number }>(handle.db, sql`SELECT count(DISTINCT regency_id)::int AS n FROM checkin_events`);
      expect(regencies!.n).toBe(1);
      expect(await count(handle, 'rate_limits')).toBe(1);
      expect(await count(handle, 'job_runs')).toBe(0); // the new tables are there, empty
      if (driver === 'pg') {
        const persistence = await queryRows<{ relname: string; relpersistence: string }>(
          handle.db,
          sql`SELECT relname, relpersistence FROM pg_class WHERE relname IN ('rate_limits', 'login_throttle') ORDER BY relname`,
        );
        expect(persistence).toEqual([
          { relname: 'login_throttle', relpersistence: 'u' },
          { relname: 'rate_limits', relpersistence: 'u' },
        ]);
        const [settings] = await queryRows<{ config: string[] }>(
          handle.db,
          sql`SELECT setconfig AS config FROM pg_db_role_setting WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        );
        expect(settings?.config).toContain('jit=off');
      }
      // And once more: a second deploy of the same migrations changes nothing.
      await handle.migrate();
      expect(await count(handle, 'checkin_events')).toBe(before.events);
    }, 120_000);
  });
}
