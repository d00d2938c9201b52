import { and, asc, desc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { ReadCtx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { auditLog, units, users } from '@/lib/db/schema';
import { inSubtree, pathIds } from '@/lib/tenancy/units';

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

export type AuditFilter = {
  action?: string;
  from?: Date;
  to?: Date;
  limit?: number;
  page?: number;
  order?: 'desc' | 'asc';
};

/** The entries a unit's log holds: its subtree's own, and its ancestors' that reach down to it. */
function auditWhere(unit: ReadCtx['unit'], filter: AuditFilter) {
  const ancestors = pathIds(unit.path).filter((id) => id !== unit.id);
  return and(
    or(
      inSubtree(unit),
      ancestors.length
        ? and(inArray(auditLog.action, reachingDown), inArray(auditLog.unitId, ancestors))
        : undefined,
    ),
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lt(auditLog.at, filter.to) : undefined,
  );
}

/**
 * The unit's log: what was done on it and on every unit below it (an ancestor oversees its
 * subtree), with its ancestors' entries that reach down to it; newest first unless asked.
 */
export async function listAudit({ db, unit }: ReadCtx, filter: AuditFilter = {}) {
  const limit = filter.limit ?? 200;
  const order =
    filter.order === 'asc'
      ? [asc(auditLog.at), asc(auditLog.id)]
      : [desc(auditLog.at), desc(auditLog.id)];
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
      unit: { id: units.id, name: units.name, kind: units.kind },
    })
    .from(auditLog)
    .innerJoin(units, eq(units.id, auditLog.unitId))
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(auditWhere(unit, filter))
    .orderBy(...order)
    .limit(limit)
    .offset(((filter.page ?? 1) - 1) * limit);
}

/** How many entries the filter finds, for the log's page count. */
export async function countAudit({ db, unit }: ReadCtx, filter: AuditFilter = {}): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .innerJoin(units, eq(units.id, auditLog.unitId))
    .where(auditWhere(unit, filter));
  return row?.n ?? 0;
}
