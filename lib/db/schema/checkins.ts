import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { checkinChannels, checkinKinds, refusalReasons } from '../../checkins/vocabulary';
import { users } from './accounts';
import { status } from './status';
import { units } from './units';

export const checkinKind = pgEnum('checkin_kind', checkinKinds);
export const checkinChannel = pgEnum('checkin_channel', checkinChannels);
export const refusalReason = pgEnum('refusal_reason', refusalReasons);

/**
 * One append-only row per scan. Never updated, with one exception the law requires: the
 * visitor key is erased after the retention period (UU 27/2022); the counts stay.
 *
 * Partitioned by month of `occurred_at` (see drizzle/0014 and lib/checkins/partitions.ts), so
 * every key holds `occurred_at`; and every key holds `regency_id`, the column a distributed
 * database would shard by (docs/SCALE.md). The id alone is still unique: one sequence.
 */
export const checkinEvents = pgTable(
  'checkin_events',
  {
    id: bigint({ mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    regencyId: integer('regency_id').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    serviceId: integer('service_id'),
    posterId: integer('poster_id'),
    kind: checkinKind().notNull(),
    status: status().notNull(),
    admitted: boolean().notNull(),
    /** Set exactly when the scan was refused. */
    reason: refusalReason(),
    channel: checkinChannel().notNull(),
    /** HMAC-SHA256 of the NIK or phone number with a server secret; null once purged. */
    visitorKey: text('visitor_key'),
    /**
     * The identity as the visitor's phone showed it ("3275 •••• •••• 0003"), for the desk to
     * compare with the phone at the counter; erased with the visitor key.
     */
    visitorHint: text('visitor_hint'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    apiKeyId: integer('api_key_id'),
  },
  (t) => [
    primaryKey({ name: 'checkin_events_pkey', columns: [t.id, t.occurredAt, t.regencyId] }),
    index('checkin_events_unit_time_idx').on(t.unitId, t.occurredAt),
    index('checkin_events_poster_visitor_idx').on(t.posterId, t.visitorKey, t.occurredAt),
    index('checkin_events_purge_idx').on(t.occurredAt).where(sql`${t.visitorKey} IS NOT NULL`),
  ],
);

/**
 * Idempotency keys, chosen by the scanner and unique per API key (as Stripe scopes them): a
 * retry is not a second scan. Apart from the events because a unique index on a table
 * partitioned by time would have to hold the time. `regency_id` is the API key's unit's.
 */
export const checkinKeys = pgTable(
  'checkin_keys',
  {
    apiKeyId: integer('api_key_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    regencyId: integer('regency_id').notNull(),
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** SHA-256 of the request the key was first used with: the same key with another body is refused. */
    requestHash: text('request_hash'),
  },
  (t) => [
    primaryKey({ name: 'checkin_keys_pkey', columns: [t.apiKeyId, t.idempotencyKey, t.regencyId] }),
    index('checkin_keys_occurred_idx').on(t.occurredAt),
  ],
);

/** A unit's own events by hour (UTC hours are whole local hours in WIB, WITA and WIT). */
export const rollupUnitHour = pgTable(
  'rollup_unit_hour',
  {
    unitId: integer('unit_id').notNull(),
    regencyId: integer('regency_id').notNull(),
    hour: timestamp({ withTimezone: true }).notNull(),
    serviceId: integer('service_id').notNull(), // 0: the entrance
    status: status().notNull(),
    kind: checkinKind().notNull(),
    admitted: boolean().notNull(),
    reason: text().notNull().default(''), // '' when admitted
    n: integer().notNull(),
    /** The latest event in the row: "last check-in" without reading events. */
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.hour, t.serviceId, t.status, t.kind, t.admitted, t.reason, t.regencyId] })],
);

const areaHourColumns = {
  hour: timestamp({ withTimezone: true }).notNull(),
  category: text().notNull(), // '' for the entrance
  status: status().notNull(),
  kind: checkinKind().notNull(),
  admitted: boolean().notNull(),
  reason: text().notNull().default(''), // '' when admitted
  n: integer().notNull(),
  lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
};

/**
 * Whole subtrees by hour, kept for the regency and district (depth 1–2) above each event's
 * unit: a regency-wide chart reads one area's rows instead of summing thousands of units.
 * Services are too many to keep at this level; their category is kept instead. The province
 * level is its own table (rollupProvinceHour): it spans regencies, so it has no regency key.
 */
export const rollupAreaHour = pgTable(
  'rollup_area_hour',
  { areaId: integer('area_id').notNull(), regencyId: integer('regency_id').notNull(), ...areaHourColumns },
  (t) => [primaryKey({ columns: [t.areaId, t.hour, t.category, t.status, t.kind, t.admitted, t.reason, t.regencyId] })],
);

/** The same by province: a few rows per hour each, kept apart from the regency-keyed tables. */
export const rollupProvinceHour = pgTable(
  'rollup_province_hour',
  { provinceId: integer('province_id').notNull(), ...areaHourColumns },
  (t) => [primaryKey({ columns: [t.provinceId, t.hour, t.category, t.status, t.kind, t.admitted, t.reason] })],
);

/**
 * Check-ins by the unit's local day, for tables over weeks of many units (the child-unit
 * uptake): a month of a regency's districts is a few thousand rows here against tens of
 * thousands of hourly ones. The same events, at the unit, its regency and district (depth 1–2) and
 * its province (rollupProvinceDay).
 */
export const rollupUnitDay = pgTable(
  'rollup_unit_day',
  {
    unitId: integer('unit_id').notNull(),
    regencyId: integer('regency_id').notNull(),
    day: date({ mode: 'string' }).notNull(),
    kind: checkinKind().notNull(),
    admitted: boolean().notNull(),
    n: integer().notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.day, t.kind, t.admitted, t.regencyId] })],
);

const areaDayColumns = {
  day: date({ mode: 'string' }).notNull(),
  kind: checkinKind().notNull(),
  admitted: boolean().notNull(),
  n: integer().notNull(),
  lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
};

export const rollupAreaDay = pgTable(
  'rollup_area_day',
  { areaId: integer('area_id').notNull(), regencyId: integer('regency_id').notNull(), ...areaDayColumns },
  (t) => [primaryKey({ columns: [t.areaId, t.day, t.kind, t.admitted, t.regencyId] })],
);

export const rollupProvinceDay = pgTable(
  'rollup_province_day',
  { provinceId: integer('province_id').notNull(), ...areaDayColumns },
  (t) => [primaryKey({ columns: [t.provinceId, t.day, t.kind, t.admitted] })],
);

/** Per-unit keys for scanner apps and kiosks; only a hash is stored, the key is shown once. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text().notNull(),
    prefix: text().notNull(),
    keyHash: text('key_hash').notNull().unique(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_keys_unit_idx').on(t.unitId)],
);

/**
 * The built-in status provider: doses per pseudonymous visitor, one record per health unit that
 * wrote it. A record speaks only at doors in its writer's subtree, so one office's upload never
 * changes what another regency's doors decide.
 */
export const vaccinationRegistry = pgTable(
  'vaccination_registry',
  {
    visitorKey: text('visitor_key').notNull(),
    doses: smallint().notNull(),
    positive: boolean().notNull().default(false),
    sourceUnitId: integer('source_unit_id')
      .notNull()
      .references(() => units.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.visitorKey, t.sourceUnitId] })],
);

export type CheckinEvent = typeof checkinEvents.$inferSelect;
