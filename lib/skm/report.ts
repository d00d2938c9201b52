import { sql } from 'drizzle-orm';
import { can } from '@/lib/auth/permissions';
import type { Ctx, ReadCtx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { AREA_DEPTH } from '@/lib/stats/facts';
import { type SkmIndex, type SkmSums, skmIndex, weakestUnsur } from './ikm';

/** Whole local days, inclusive, as the statistics take them. */
export type DayRange = { first: string; last: string };


type SumRow = { n: number } & Record<`s${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`, number>;
const SUMS = sql.raw([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `coalesce(sum(s${i}), 0)::int AS s${i}`).join(', '));

const toSums = (r: SumRow | undefined): SkmSums => ({
  n: r?.n ?? 0,
  sums: [r?.s1, r?.s2, r?.s3, r?.s4, r?.s5, r?.s6, r?.s7, r?.s8, r?.s9].map((s) => s ?? 0),
});

/**
 * Answers and score sums of a unit's whole subtree over [first, last], from the daily rollups:
 * a unit that keeps area rollups reads one row per day (a regency's year is 366 rows); a smaller
 * unit sums its subtree's unit rows.
 */
export async function skmSums({ db, unit }: ReadCtx, range: DayRange): Promise<SkmSums> {
  const rows =
    unit.depth <= AREA_DEPTH
      ? await queryRows<SumRow>(
          db,
          sql`SELECT coalesce(sum(n), 0)::int AS n, ${SUMS} FROM skm_area_day
              WHERE area_id = ${unit.id} AND day BETWEEN ${range.first}::date AND ${range.last}::date`,
        )
      : await queryRows<SumRow>(
          db,
          sql`SELECT coalesce(sum(r.n), 0)::int AS n, ${SUMS} FROM skm_unit_day r JOIN units u ON u.id = r.unit_id
              WHERE u.path LIKE ${`${unit.path}%`} AND r.day BETWEEN ${range.first}::date AND ${range.last}::date`,
        );
  return toSums(rows[0]);
}

export async function skmReport(ctx: ReadCtx, range: DayRange): Promise<SkmIndex> {
  return skmIndex(await skmSums(ctx, range));
}

export type Suggestion = { day: string; unitId: number; unitName: string; text: string };

/** The latest suggestions of the subtree, for admins and comms only (they are the visitors' words). */
export async function skmSuggestions({ db, actor, unit }: Ctx, range: DayRange, limit = 50): Promise<Suggestion[]> {
  if (!can(actor, 'skm.suggestions', unit)) throw new AppError('forbidden');
  return queryRows<Suggestion>(
    db,
    sql`SELECT r.day::text AS day, u.id AS "unitId", u.name AS "unitName", r.suggestion AS text
        FROM skm_responses r JOIN units u ON u.id = r.unit_id
        WHERE u.path LIKE ${`${unit.path}%`} AND r.day BETWEEN ${range.first}::date AND ${range.last}::date
          AND r.suggestion IS NOT NULL
        ORDER BY r.day DESC, r.id LIMIT ${limit}`,
  );
}

/** What the dashboard and the statistics page show: the index, the element to improve, and the suggestions to those who may read them. */
export async function skmOverview(ctx: Ctx, range: DayRange) {
  const [sums, suggestions] = await Promise.all([
    skmSums(ctx, range),
    can(ctx.actor, 'skm.suggestions', ctx.unit) ? skmSuggestions(ctx, range) : null,
  ]);
  return { index: skmIndex(sums), weakest: weakestUnsur(sums), suggestions };
}
