import { type SQL, sql } from 'drizzle-orm';
import type { AuthorizedUnit } from '@/lib/auth/authorized-unit';
import { inSubtree } from '@/lib/tenancy/units';

/** Units at this depth or above (province, regency, district, and agencies at those levels) keep area rollups. */
export const AREA_DEPTH = 2;

/**
 * `table WHERE key = unit`: the area rollup rows of a unit that keeps them (depth ≤ AREA_DEPTH);
 * a province's are in tables of their own, with no regency key.
 */
export function ownAreaRollup(unit: AuthorizedUnit, grain: 'hour' | 'day'): SQL {
  return unit.depth === 0
    ? sql`${sql.identifier(`rollup_province_${grain}`)} WHERE province_id = ${unit.id}`
    : sql`${sql.identifier(`rollup_area_${grain}`)} WHERE area_id = ${unit.id}`;
}

const instant = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** Rollup rows of the units below `unit` (and itself), tagged with the child they fall under. */
export function unitRows(unit: AuthorizedUnit, start: Date, end: Date): SQL {
  return sql`SELECT r.hour, r.service_id::text AS grp, r.status, r.kind, r.admitted, r.reason, r.n, r.last_at,
      nullif(split_part(u.path, '/', ${unit.depth + 3}), '')::int AS child
    FROM rollup_unit_hour r JOIN units u ON u.id = r.unit_id
    WHERE ${inSubtree(unit, sql`u.path`)} AND r.hour >= ${instant(start)} AND r.hour < ${instant(end)}`;
}

/**
 * The hourly rollup rows of a unit's whole subtree in [start, end), as one relation
 * (hour, grp, status, kind, admitted, reason, n, last_at), reason '' when admitted. A unit
 * that keeps area rollups reads its own rows (a province its own table) (grp is the service category, '' the entrance); a
 * smaller unit sums its subtree's unit rows (grp is the service id, '0' the entrance).
 */
export function subtreeFacts(unit: AuthorizedUnit, start: Date, end: Date): SQL {
  if (unit.depth <= AREA_DEPTH) {
    return sql`SELECT hour, category AS grp, status, kind, admitted, reason, n, last_at
      FROM ${ownAreaRollup(unit, 'hour')} AND hour >= ${instant(start)} AND hour < ${instant(end)}`;
  }
  return sql`SELECT hour, grp, status, kind, admitted, reason, n, last_at FROM (${unitRows(unit, start, end)}) u`;
}

/** The same rows split by the unit's children (column `child`); the unit's own events are left out. */
export function childFacts(unit: AuthorizedUnit, start: Date, end: Date): SQL {
  if (unit.depth + 1 <= AREA_DEPTH) {
    return sql`SELECT hour, category AS grp, status, kind, admitted, reason, n, last_at, area_id AS child
      FROM rollup_area_hour
      WHERE area_id IN (SELECT id FROM units WHERE parent_id = ${unit.id})
        AND hour >= ${instant(start)} AND hour < ${instant(end)}`;
  }
  return sql`SELECT * FROM (${unitRows(unit, start, end)}) u WHERE child IS NOT NULL`;
}
