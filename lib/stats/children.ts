import { type SQL, sql } from 'drizzle-orm';
import type { AuthorizedUnit } from '@/lib/auth/authorized-unit';
import type { ReadCtx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import { inSubtree } from '@/lib/tenancy/units';
import { AREA_DEPTH } from './facts';
import type { DateRange } from './range';

/** A child unit's check-ins in the chosen range; what needs attention is lib/attention's. */
export type ChildRange = { checkins: number; admitted: number };

/** Each child's check-ins and admitted check-ins in the range, by child id, from the day rollups. */
export async function childRangeFigures(
  ctx: ReadCtx,
  range: DateRange,
): Promise<Record<number, ChildRange>> {
  const rows = await queryRows<{ child: number; checkins: number; admitted: number }>(
    ctx.db,
    sql`SELECT child, sum(n)::int AS checkins, coalesce(sum(n) FILTER (WHERE admitted), 0)::int AS admitted
        FROM (${childDays(ctx.unit, range.first, range.last)}) f WHERE kind = 'in' GROUP BY child`,
  );
  return Object.fromEntries(
    rows.map((r) => [r.child, { checkins: r.checkins, admitted: r.admitted }]),
  );
}

/** Check-ins by local day of each child's subtree in [first, last], from the day rollups. */
export function childDays(unit: AuthorizedUnit, first: string, last: string): SQL {
  const days = sql`day BETWEEN ${first}::date AND ${last}::date`;
  if (unit.depth + 1 <= AREA_DEPTH) {
    return sql`SELECT area_id AS child, day, kind, admitted, n FROM rollup_area_day
      WHERE area_id IN (SELECT id FROM units WHERE parent_id = ${unit.id}) AND ${days}`;
  }
  return sql`SELECT split_part(u.path, '/', ${unit.depth + 3})::int AS child, r.day, r.kind, r.admitted, r.n
    FROM rollup_unit_day r JOIN units u ON u.id = r.unit_id
    WHERE ${inSubtree(unit, sql`u.path`)} AND u.id <> ${unit.id} AND ${days}`;
}
