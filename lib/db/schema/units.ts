import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { unitKinds } from '../../tenancy/vocabulary';
import { status } from './status';

export { unitKinds };
export type { UnitKind } from '../../tenancy/vocabulary';
export const unitKind = pgEnum('unit_kind', unitKinds);

/**
 * Every government unit is a tenant. `path` is a materialised path of ids ('/1/12/345/'),
 * set by a trigger on insert (see the migration), so a subtree is one index range scan:
 * `path LIKE '/1/12/%'`.
 */
export const units = pgTable(
  'units',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: unitKind().notNull(),
    name: text().notNull(),
    code: text().unique(),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id),
    path: text().notNull().default(''),
    depth: smallint().notNull().default(0),
    timeZone: text('time_zone').notNull().default('Asia/Jakarta'),
    /**
     * The regency or city the unit lies in (its province for a province's own units): the key
     * that events and rollups carry so a distributed database can shard by it (docs/SCALE.md).
     */
    regencyId: integer('regency_id').generatedAlwaysAs(
      sql`(coalesce(nullif(split_part(path, '/', 3), ''), nullif(split_part(path, '/', 2), '')))::int`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('units_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('units_parent_idx').on(t.parentId),
    index('units_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

export type Unit = typeof units.$inferSelect;

/**
 * Who may enter, from a moment on: a unit's entry policy (e.g. "SE 440/1395/SET.COVID-19 —
 * minimal dosis pertama" from 9 September 2021). The policy in force at a scan is the latest
 * one that took effect, intersected with every ancestor's, so a child can only be stricter.
 */
export const entryPolicies = pgTable(
  'entry_policies',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text().notNull(),
    admits: status().array().notNull(),
    effectiveFrom: timestamp('effective_from', { withTimezone: true }).notNull(),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('entry_policies_unit_idx').on(t.unitId, t.effectiveFrom)],
);

export type EntryPolicy = typeof entryPolicies.$inferSelect;
