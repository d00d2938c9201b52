import { boolean, date, integer, pgTable } from 'drizzle-orm/pg-core';
import { users } from './accounts';

/**
 * The morning digest (lib/digest/) per user: whether they want it (no row: yes, the default
 * for officials and admins) and the last day it covered, so a retried run sends nobody twice.
 */
export const digestSettings = pgTable('digest_settings', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  enabled: boolean().notNull().default(true),
  /** The local day the last digest sent to this user was about. */
  lastDay: date('last_day', { mode: 'string' }),
});

export type DigestSetting = typeof digestSettings.$inferSelect;
