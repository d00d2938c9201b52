import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { units } from './units';

/** Append-only record of who changed what, with the state before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    action: text().notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    before: jsonb(),
    after: jsonb(),
  },
  (t) => [index('audit_unit_at_idx').on(t.unitId, t.at)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
