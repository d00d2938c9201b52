import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { type Db, queryRows } from '@/lib/db/client';
import { DISTRIBUTION_COLUMN, distributedTables, referenceTables, visitorTables } from '@/lib/db/distribution';
import { describeEachDatabase } from '../support/each-database';

/** Every primary key and unique index of `table`, with its columns. */
const uniqueKeys = (db: Db, table: string) =>
  queryRows<{ name: string; columns: string[] }>(
    db,
    sql`SELECT i.indexrelid::regclass::text AS name,
               array(SELECT a.attname::text FROM unnest(i.indkey) k JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k) AS columns
        FROM pg_index i WHERE i.indrelid = ${table}::regclass AND (i.indisunique OR i.indisprimary)`,
  );

/** Foreign keys of `table`: the table each points to and the columns on each side. */
const foreignKeys = (db: Db, table: string) =>
  queryRows<{ name: string; target: string; columns: string[]; targetColumns: string[] }>(
    db,
    sql`SELECT c.conname AS name, c.confrelid::regclass::text AS target,
               array(SELECT a.attname::text FROM unnest(c.conkey) k JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k) AS columns,
               array(SELECT a.attname::text FROM unnest(c.confkey) k JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k) AS "targetColumns"
        FROM pg_constraint c WHERE c.conrelid = ${table}::regclass AND c.contype = 'f'`,
  );

describeEachDatabase('the schema, as a distributed database would shard it (docs/SCALE.md)', (get) => {
  it('holds the distribution column in every primary key and unique index of a table to be distributed', async () => {
    const groups = [
      ...distributedTables.map((table) => ({ table, column: DISTRIBUTION_COLUMN })),
      ...visitorTables.map(({ table, column }) => ({ table, column })),
    ];
    for (const { table, column } of groups) {
      const keys = await uniqueKeys(get().db, table);
      expect(keys.length, `${table} has a primary key`).toBeGreaterThan(0);
      for (const key of keys) expect(key.columns, `${key.name} of ${table}`).toContain(column);
    }
  });

  it('keeps foreign keys where a sharded database allows them', async () => {
    const reference = new Set<string>(referenceTables);
    // A reference table is copied to every node: it may only point to other reference tables.
    for (const table of referenceTables) {
      for (const fk of await foreignKeys(get().db, table)) expect(reference.has(fk.target), `${table}.${fk.name} → ${fk.target}`).toBe(true);
    }
    // A sharded table may point to a reference table, or to a co-located one through the shard key.
    const colocated = new Set<string>(distributedTables);
    for (const table of distributedTables) {
      for (const fk of await foreignKeys(get().db, table)) {
        const allowed = reference.has(fk.target) || (colocated.has(fk.target) && fk.columns.includes(DISTRIBUTION_COLUMN));
        expect(allowed, `${table}.${fk.name} → ${fk.target}`).toBe(true);
      }
    }
  });

  it('partitions the events by month, each partition keyed as its table', async () => {
    const [parent] = await queryRows<{ strategy: string; key: string }>(
      get().db,
      sql`SELECT partstrat AS strategy, pg_get_partkeydef('checkin_events'::regclass) AS key FROM pg_partitioned_table
          WHERE partrelid = 'checkin_events'::regclass`,
    );
    expect(parent).toEqual({ strategy: 'r', key: 'RANGE (occurred_at)' });
    const partitions = await queryRows<{ name: string }>(
      get().db,
      sql`SELECT inhrelid::regclass::text AS name FROM pg_inherits WHERE inhparent = 'checkin_events'::regclass`,
    );
    expect(partitions.length).toBeGreaterThanOrEqual(4); // this month, two ahead, the default
    for (const { name } of partitions) {
      for (const key of await uniqueKeys(get().db, name)) expect(key.columns).toEqual(expect.arrayContaining(['occurred_at', DISTRIBUTION_COLUMN]));
    }
  });
});
