import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
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
import { type OpeningHours, serviceCategories, type TemplateField } from '../../services/vocabulary';
import { status } from './status';
import { units } from './units';

export { serviceCategories };
export type { OpeningHours, ServiceCategory, TemplateField } from '../../services/vocabulary';
export const serviceCategory = pgEnum('service_category', serviceCategories);

/** What a service is and how it serves: the same columns in a service and in a template. */
const settings = () => ({
  name: text().notNull(),
  category: serviceCategory().notNull(),
  description: text().notNull().default(''),
  openingHours: jsonb('opening_hours').$type<OpeningHours>().notNull(),
  dailyCapacity: integer('daily_capacity'),
  admits: status().array().notNull().default(['hijau', 'kuning']),
  // The service standard of PermenPANRB 15/2014 that the door shows an admitted visitor ('' when
  // not stated): persyaratan (one per line), waktu penyelesaian, biaya/tarif.
  requirements: text().notNull().default(''),
  completionTime: text('completion_time').notNull().default(''),
  fee: text().notNull().default(''),
});

/**
 * A service that a regency, city or kecamatan defines once for the units below it to adopt
 * (lib/templates). Changing it changes every adopter's service, except in the fields the adopter
 * overrode.
 */
export const serviceTemplates = pgTable(
  'service_templates',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    ...settings(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_templates_unit_idx').on(t.unitId)],
);

export const services = pgTable(
  'services',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    ...settings(),
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    /** Set when the service issues queue numbers at its counter: their letter. */
    queueLetter: text('queue_letter'),
    /** Deleted services stay so that their events still count in statistics. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * The template this service adopted, if any. Its settings columns always hold the effective
     * values (the door reads one row): a field named in `overridden` holds the adopter's own
     * value, any other field the template's, copied again whenever the template changes.
     */
    templateId: integer('template_id').references((): AnyPgColumn => serviceTemplates.id),
    overridden: text().array().$type<TemplateField[]>().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    index('services_unit_idx').on(t.unitId),
    // A unit adopts a template once (a second click refused, not a second service); the index
    // also finds a template's adopters.
    uniqueIndex('services_template_unit_idx')
      .on(t.templateId, t.unitId)
      .where(sql`${t.templateId} IS NOT NULL AND ${t.deletedAt} IS NULL`),
    uniqueIndex('services_queue_letter_idx').on(t.unitId, t.queueLetter).where(sql`${t.queueLetter} IS NOT NULL AND ${t.deletedAt} IS NULL`),
    check('services_queue_letter', sql`${t.queueLetter} ~ '^[A-Z]$'`),
  ],
);

export type Service = typeof services.$inferSelect;
export type ServiceTemplate = typeof serviceTemplates.$inferSelect;
