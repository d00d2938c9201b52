import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { type OpeningHours, serviceCategories } from '../../services/vocabulary';
import { status } from './status';
import { units } from './units';

export { serviceCategories };
export type { OpeningHours, ServiceCategory } from '../../services/vocabulary';
export const serviceCategory = pgEnum('service_category', serviceCategories);

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
    /** Set when the service issues queue numbers at its counter: their letter. */
    queueLetter: text('queue_letter'),
    /** Deleted services stay so that their events still count in statistics. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('services_unit_idx').on(t.unitId),
    uniqueIndex('services_queue_letter_idx').on(t.unitId, t.queueLetter).where(sql`${t.queueLetter} IS NOT NULL AND ${t.deletedAt} IS NULL`),
    check('services_queue_letter', sql`${t.queueLetter} ~ '^[A-Z]$'`),
  ],
);

export type Service = typeof services.$inferSelect;
