import { and, desc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { ReadCtx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { auditLog, users } from '@/lib/db/schema';

export type AuditInput = {
  actorId: number;
  unitId: number;
  action: string;
  targetType: string;
  targetId?: string | number | null;
  before?: unknown;
  after?: unknown;
};

/** Call inside the transaction of the change it records, so neither lands without the other. */
export async function writeAudit(db: Db, entry: AuditInput): Promise<void> {
  await db.insert(auditLog).values({
    ...entry,
    targetId: entry.targetId == null ? null : String(entry.targetId),
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/**
 * Changes made on a unit that decide at the doors of units below it (the registry; a template,
 * at its adopters'): each unit's log shows its ancestors' entries of these actions too.
 */
const reachingDown = ['registry.import', 'template.update', 'template.delete'];

export type AuditFilter = { action?: string; from?: Date; to?: Date; limit?: number };

/** The unit's log, with its ancestors' entries that reach down to it. */
export async function listAudit({ db, unit }: ReadCtx, filter: AuditFilter = {}) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      before: auditLog.before,
      after: auditLog.after,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        or(
          eq(auditLog.unitId, unit.id),
          and(
            inArray(auditLog.action, reachingDown),
            sql`${auditLog.unitId} = ANY(string_to_array(trim(both '/' from (SELECT path FROM units WHERE id = ${unit.id})), '/')::int[])`,
          ),
        ),
        filter.action ? eq(auditLog.action, filter.action) : undefined,
        filter.from ? gte(auditLog.at, filter.from) : undefined,
        filter.to ? lt(auditLog.at, filter.to) : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(filter.limit ?? 200);
}
