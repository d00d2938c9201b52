import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { queueStates } from '../../queue/vocabulary';
import { users } from './accounts';
import { units } from './units';

export const queueState = pgEnum('queue_state', queueStates);

/**
 * One row per queueing service and local day: the counter that numbers the day's tickets
 * (bumped once per check-in batch, by the batch's size) and the day's tallies the wait estimate,
 * the dashboard and the exports read. A service's row is locked only by its own batches and
 * desk actions, never by another service's. Written in the check-in batch's statement, so it is
 * sharded with the events by regency (docs/SCALE.md), as the tickets are.
 */
export const queueDays = pgTable(
  'queue_days',
  {
    serviceId: integer('service_id').notNull(),
    day: date({ mode: 'string' }).notNull(),
    unitId: integer('unit_id').notNull(),
    regencyId: integer('regency_id').notNull(),
    /** The last number given out. */
    issued: integer().notNull(),
    /** Numbers called at least once, and the seconds they waited until their first call. */
    called: integer().notNull().default(0),
    waitSeconds: bigint('wait_seconds', { mode: 'number' }).notNull().default(0),
    served: integer().notNull().default(0),
    firstCalledAt: timestamp('first_called_at', { withTimezone: true }),
    lastServedAt: timestamp('last_served_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'queue_days_pkey', columns: [t.serviceId, t.day, t.regencyId] }),
    index('queue_days_unit_day_idx').on(t.unitId, t.day),
  ],
);

/** A queue number, given to one admitted check-in (its event) at a queueing service. */
export const queueTickets = pgTable(
  'queue_tickets',
  {
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    unitId: integer('unit_id').notNull(),
    regencyId: integer('regency_id').notNull(),
    serviceId: integer('service_id').notNull(),
    /** The check-in's poster, whose pages show the number (none for the desk's or a scanner's). */
    posterId: integer('poster_id'),
    day: date({ mode: 'string' }).notNull(),
    /** The service's letter when the number was given: a later change does not renumber it. */
    letter: text().notNull(),
    number: integer().notNull(),
    state: queueState().notNull().default('waiting'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    calledAt: timestamp('called_at', { withTimezone: true }),
    lastCalledAt: timestamp('last_called_at', { withTimezone: true }),
    calls: smallint().notNull().default(0),
    servedAt: timestamp('served_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'queue_tickets_pkey', columns: [t.eventId, t.regencyId] }),
    uniqueIndex('queue_tickets_number_idx').on(t.serviceId, t.day, t.number, t.regencyId),
    index('queue_tickets_waiting_idx')
      .on(t.serviceId, t.day, t.number)
      .where(sql`${t.state} = 'waiting'`),
    index('queue_tickets_unit_day_idx').on(t.unitId, t.day),
  ],
);

/** A television at the counter, opened with a token instead of a login; only a hash is stored. */
export const queueDisplays = pgTable(
  'queue_displays',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text().notNull(),
    prefix: text().notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('queue_displays_unit_idx').on(t.unitId)],
);

