import { asc, type Column, eq, inArray, like, type SQL } from 'drizzle-orm';
import type { ReadCtx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { type Unit, units } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';

export async function getUnit(db: Db, id: number): Promise<Unit> {
  const [unit] = await db.select().from(units).where(eq(units.id, id));
  if (!unit) throw new AppError('not_found', { message: 'Unit tidak ditemukan.' });
  return unit;
}

export async function getUnitByCode(db: Db, code: string): Promise<Unit> {
  const [unit] = await db.select().from(units).where(eq(units.code, code));
  if (!unit) throw new AppError('not_found', { message: `Unit dengan kode ${code} tidak ditemukan.` });
  return unit;
}

/** Ids on a unit's path, root first, the unit itself last. */
export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

/** The unit's ancestors and itself, root first: the breadcrumbs. */
export async function lineage({ db, unit }: ReadCtx): Promise<Pick<Unit, 'id' | 'name' | 'kind' | 'path'>[]> {
  const ids = pathIds(unit.path);
  const rows = await db
    .select({ id: units.id, name: units.name, kind: units.kind, path: units.path })
    .from(units)
    .where(inArray(units.id, ids));
  return ids.flatMap((id) => rows.filter((r) => r.id === id));
}

export async function children({ db, unit }: ReadCtx) {
  return db
    .select({ id: units.id, name: units.name, kind: units.kind, code: units.code })
    .from(units)
    .where(eq(units.parentId, unit.id))
    .orderBy(asc(units.kind), asc(units.code), asc(units.name));
}

/**
 * The one subtree filter: every unit whose path (`column`, units.path unless a query names its
 * own alias) starts with the root's, by one index range scan over the materialised path.
 */
export function inSubtree(root: Pick<Unit, 'path'>, column: Column | SQL = units.path): SQL {
  return like(column, `${root.path}%`);
}
