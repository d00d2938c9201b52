import { integer, pgTable, timestamp } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { units } from './units';

/** Units whose aggregate statistics an admin has published: one row while the page is on. */
export const publicStatsPages = pgTable('public_stats_pages', {
  unitId: integer('unit_id')
    .primaryKey()
    .references(() => units.id),
  enabledBy: integer('enabled_by').references(() => users.id, { onDelete: 'set null' }),
  enabledAt: timestamp('enabled_at', { withTimezone: true }).notNull().defaultNow(),
});
