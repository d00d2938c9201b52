import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { units } from './units';

/**
 * Which check-ins have been answered: one answer per check-in. Kept apart from the answers, with
 * nothing to join them by, so an answer cannot be traced back to the visitor who gave it.
 */
export const skmAnswered = pgTable('skm_answered', {
  eventId: bigint('event_id', { mode: 'number' }).primaryKey(),
});

const score = (name: string) => smallint(name).notNull();

/**
 * The answers, anonymous: the unit, the service and the local day, no time, no check-in, and a
 * random id so the order of rows says nothing about the order of check-ins.
 */
export const skmResponses = pgTable(
  'skm_responses',
  {
    id: uuid().primaryKey().defaultRandom(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    serviceId: integer('service_id').notNull(), // 0: the entrance
    day: date({ mode: 'string' }).notNull(),
    u1: score('u1'),
    u2: score('u2'),
    u3: score('u3'),
    u4: score('u4'),
    u5: score('u5'),
    u6: score('u6'),
    u7: score('u7'),
    u8: score('u8'),
    u9: score('u9'),
    ageBand: text('age_band'),
    sex: text(),
    education: text(),
    occupation: text(),
    suggestion: text(),
  },
  (t) => [
    index('skm_responses_unit_day_idx').on(t.unitId, t.day),
    check(
      'skm_responses_scores',
      sql`least(${t.u1}, ${t.u2}, ${t.u3}, ${t.u4}, ${t.u5}, ${t.u6}, ${t.u7}, ${t.u8}, ${t.u9}) >= 1 AND greatest(${t.u1}, ${t.u2}, ${t.u3}, ${t.u4}, ${t.u5}, ${t.u6}, ${t.u7}, ${t.u8}, ${t.u9}) <= 4`,
    ),
  ],
);

const sums = {
  n: integer().notNull(),
  s1: integer().notNull(),
  s2: integer().notNull(),
  s3: integer().notNull(),
  s4: integer().notNull(),
  s5: integer().notNull(),
  s6: integer().notNull(),
  s7: integer().notNull(),
  s8: integer().notNull(),
  s9: integer().notNull(),
};

/** Answers and the sum of each element's scores, per unit, service and local day. */
export const skmUnitDay = pgTable(
  'skm_unit_day',
  {
    unitId: integer('unit_id').notNull(),
    day: date({ mode: 'string' }).notNull(),
    serviceId: integer('service_id').notNull(), // 0: the entrance
    ...sums,
  },
  (t) => [primaryKey({ columns: [t.unitId, t.day, t.serviceId] })],
);

/** The same sums for whole subtrees, at the province, regency and district (depth 0–2) above each unit. */
export const skmAreaDay = pgTable(
  'skm_area_day',
  {
    areaId: integer('area_id').notNull(),
    day: date({ mode: 'string' }).notNull(),
    ...sums,
  },
  (t) => [primaryKey({ columns: [t.areaId, t.day] })],
);

export type SkmResponse = typeof skmResponses.$inferSelect;
