import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { services } from './services';
import { units } from './units';

/** A check-in point: a unit's door (no service) or one service's counter. */
export const posters = pgTable(
  'posters',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    serviceId: integer('service_id').references(() => services.id),
    label: text().notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('posters_unit_idx').on(t.unitId)],
);

/**
 * Every token a poster ever printed. Rotation retires the current one, so an old print can
 * still be recognised and answered "no longer valid" instead of "not found".
 */
export const posterTokens = pgTable(
  'poster_tokens',
  {
    token: text().primaryKey(),
    posterId: integer('poster_id')
      .notNull()
      .references(() => posters.id),
    shortCode: text('short_code').notNull().unique(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('poster_tokens_current_idx').on(t.posterId).where(sql`${t.retiredAt} IS NULL`),
  ],
);

export type Poster = typeof posters.$inferSelect;
export type PosterToken = typeof posterTokens.$inferSelect;
