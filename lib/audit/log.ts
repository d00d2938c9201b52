import { and, desc, eq, gte, lt } from 'drizzle-orm';
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

export type AuditFilter = { action?: string; from?: Date; to?: Date; limit?: number };

export async function listAudit(db: Db, unitId: number, filter: AuditFilter = {}) {
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
        eq(auditLog.unitId, unitId),
        filter.action ? eq(auditLog.action, filter.action) : undefined,
        filter.from ? gte(auditLog.at, filter.from) : undefined,
        filter.to ? lt(auditLog.at, filter.to) : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(filter.limit ?? 200);
}
