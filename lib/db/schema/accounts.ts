import {
  boolean,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  index,
} from 'drizzle-orm/pg-core';
import { roles } from '../../auth/roles';
import { units } from './units';

export { roles };
export type { Role } from '../../auth/roles';
export const role = pgEnum('role', roles);

export const users = pgTable('users', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  email: text().notNull().unique(),
  name: text().notNull(),
  passwordHash: text('password_hash').notNull(),
  isSuperadmin: boolean('is_superadmin').notNull().default(false),
  /** Carried in the session token; bumping it ends every session of the user on their next request. */
  sessionVersion: integer('session_version').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A role held on a unit holds over that unit's whole subtree. One role per user and unit. */
export const memberships = pgTable(
  'memberships',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    role: role().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('memberships_user_unit_idx').on(t.userId, t.unitId), index('memberships_unit_idx').on(t.unitId)],
);

/**
 * Failed logins, in the shape rate-limiter-flexible's RateLimiterDrizzle keeps: points used per
 * key ('acct-ip:…' or 'ip:…') until `expire`. In the database so every app instance shares them.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text().primaryKey(),
  points: integer().notNull().default(0),
  expire: timestamp({ withTimezone: true }),
});

export const passwordLinkPurposes = ['invite', 'reset'] as const;
export const passwordLinkPurpose = pgEnum('password_link_purpose', passwordLinkPurposes);

/**
 * One-time links to set a password: an invitation for an account an admin created, or a reset
 * an admin started. Only a hash of the token is kept; a link works once, before it expires.
 */
export const passwordLinks = pgTable(
  'password_links',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    purpose: passwordLinkPurpose().notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('password_links_user_idx').on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
