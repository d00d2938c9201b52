import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { serviceCategories } from '../../services/vocabulary';
import { status } from './status';
import { units } from './units';

export { serviceCategories };
export type { ServiceCategory } from '../../services/vocabulary';
export const serviceCategory = pgEnum('service_category', serviceCategories);

/** Per ISO weekday, Senin first: the hours the counter is open, or null when closed. */
export type OpeningHours = ({ open: string; close: string } | null)[];

export const services = pgTable(
  'services',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text().notNull(),
    category: serviceCategory().notNull(),
    description: text().notNull().default(''),
    openingHours: jsonb('opening_hours').$type<OpeningHours>().notNull(),
    dailyCapacity: integer('daily_capacity'),
    admits: status().array().notNull().default(['hijau', 'kuning']),
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    /** Deleted services stay so that their events still count in statistics. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('services_unit_idx').on(t.unitId)],
);

export type Service = typeof services.$inferSelect;
