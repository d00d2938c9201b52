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
import { status } from './status';

export const unitKinds = [
  'province',
  'regency',
  'city',
  'district',
  'village',
  'urban_village',
  'agency',
  'venue',
] as const;
export type UnitKind = (typeof unitKinds)[number];
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
    /** Who may enter through the unit's door (entrance posters); services have their own. */
    entryAdmits: status('entry_admits').array().notNull().default(['hijau', 'kuning']),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('units_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('units_parent_idx').on(t.parentId),
    index('units_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

export type Unit = typeof units.$inferSelect;
