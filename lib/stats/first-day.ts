import { sql } from 'drizzle-orm';
import type { ReadCtx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import { inSubtree } from '@/lib/tenancy/units';
import { AREA_DEPTH, ownAreaRollup } from './facts';

/** The first local day any unit of the subtree recorded a check-in. */
export async function firstDay(ctx: ReadCtx): Promise<string | null> {
  const { db, unit } = ctx;
  const [row] = await queryRows<{ day: string | null }>(
    db,
    unit.depth <= AREA_DEPTH
      ? sql`SELECT min(day)::text AS day FROM ${ownAreaRollup(unit, 'day')} AND kind = 'in'`
      : sql`SELECT min(f.day)::text AS day FROM units u
            CROSS JOIN LATERAL (SELECT min(day) AS day FROM rollup_unit_day r WHERE r.unit_id = u.id AND r.kind = 'in') f
            WHERE ${inSubtree(unit, sql`u.path`)}`,
  );
  return row?.day ?? null;
}
