import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { insertBatchSql, type NewCheckin } from '@/lib/checkins/ingest-sql';
import { type DbHandle, migrationsFolder, openDb, queryRows } from '@/lib/db/client';
import { rollupMismatches } from '../support/checkin-checks';
import { serverAvailable, serverUrl } from '../support/databases';
import { seedAreas, unitByCode } from '../support/fixtures';

/** The last migration of the previous stop (f323f7a): what a deployed database holds today. */
const LAST_TURN = '0009_registry_owners_password_links';

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
      const unit = await unitByCode(handle.db, '32.16.08.1008');
      const at = new Date('2026-11-20T03:00:00Z');
      const rows: NewCheckin[] = Array.from({ length: 40 }, (_, n) => ({
        unitId: unit.id,
        serviceId: null,
        posterId: null,
        kind: n % 4 === 3 ? 'out' : 'in',
        status: n % 5 === 0 ? 'merah' : 'hijau',
        admitted: n % 5 !== 0,
        reason: n % 5 === 0 ? 'status' : null,
        channel: 'qr',
        visitorKey: `upgrade-${n}`,
        occurredAt: new Date(at.getTime() + n * 60_000),
        apiKeyId: null,
        idempotencyKey: null,
      }));
      await queryRows(handle.db, insertBatchSql(rows));
      await handle.db.execute(sql`INSERT INTO rate_limits (key, points, expire) VALUES ('visitor-address:10.0.0.1', 3, ${Date.now() + 60_000})`);
      const before = { units: await count(handle, 'units'), events: await count(handle, 'checkin_events'), rollups: await count(handle, 'rollup_unit_hour') };

      // Today's migrations, as `npm run db:migrate` runs them on deploy.
      await handle.migrate();

      expect({ units: await count(handle, 'units'), events: await count(handle, 'checkin_events'), rollups: await count(handle, 'rollup_unit_hour') }).toEqual(before);
      expect(await rollupMismatches(handle.db)).toEqual([]);
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
