import { sql } from 'drizzle-orm';
import type { AgeBand, Education, Occupation, Sex } from './vocabulary';

export type NewSkmAnswer = {
  /** The check-in answered: kept only in skm_answered, never beside the answer. */
  eventId: number;
  unitId: number;
  serviceId: number | null;
  answeredAt: Date;
  scores: number[];
  ageBand: AgeBand | null;
  sex: Sex | null;
  education: Education | null;
  occupation: Occupation | null;
  suggestion: string | null;
};

const S = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const list = (f: (i: number) => string) => sql.raw(S.map(f).join(', '));

/**
 * One statement writes a batch of answers with its rollup deltas (per unit, service and local
 * day; per area and day at depth 0–2), as the check-in batch does (lib/checkins/ingest-sql.ts):
 * atomic, so the rollups equal a GROUP BY over the answers; one upsert per key per batch in key
 * order, so concurrent batches neither lose increments nor deadlock, and no row is bumped per
 * answer. A check-in answered before (here or by a concurrent batch) writes nothing: only the
 * first answer of each check-in is kept, and the rows returned name the ones written.
 */
export function insertAnswersSql(rows: NewSkmAnswer[]) {
  const input = JSON.stringify(
    rows.map(({ scores, answeredAt, ...r }, ord) => ({
      ...r,
      ord,
      answeredAt: answeredAt.toISOString(),
      ...Object.fromEntries(scores.map((v, i) => [`u${i + 1}`, v])),
    })),
  );
  return sql`
    WITH input AS (
      SELECT DISTINCT ON ("eventId") *
      FROM jsonb_to_recordset(${input}::jsonb) AS r(
        ord int, "eventId" bigint, "unitId" int, "serviceId" int, "answeredAt" timestamptz,
        ${list((i) => `u${i} smallint`)}, "ageBand" text, sex text, education text, occupation text, suggestion text)
      ORDER BY "eventId", ord
    ), answered AS (
      INSERT INTO skm_answered (event_id)
      SELECT "eventId" FROM input ORDER BY "eventId"
      ON CONFLICT (event_id) DO NOTHING
      RETURNING event_id
    ), fresh AS (
      SELECT i.*, coalesce(i."serviceId", 0) AS service, (i."answeredAt" AT TIME ZONE u.time_zone)::date AS day, u.path, u.depth
      FROM input i JOIN answered a ON a.event_id = i."eventId" JOIN units u ON u.id = i."unitId"
    ), ins AS (
      INSERT INTO skm_responses (unit_id, service_id, day, ${list((i) => `u${i}`)}, age_band, sex, education, occupation, suggestion)
      SELECT "unitId", service, day, ${list((i) => `u${i}`)}, "ageBand", sex, education, occupation, suggestion FROM fresh
      RETURNING 1
    ), unit_delta AS (
      INSERT INTO skm_unit_day AS r (unit_id, day, service_id, n, ${list((i) => `s${i}`)})
      SELECT "unitId", day, service, count(*)::int, ${list((i) => `sum(u${i})::int`)}
      FROM fresh GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (unit_id, day, service_id)
      DO UPDATE SET n = r.n + EXCLUDED.n, ${list((i) => `s${i} = r.s${i} + EXCLUDED.s${i}`)}
      RETURNING 1
    ), area_delta AS (
      INSERT INTO skm_area_day AS r (area_id, day, n, ${list((i) => `s${i}`)})
      SELECT split_part(f.path, '/', d + 2)::int, f.day, count(*)::int, ${list((i) => `sum(f.u${i})::int`)}
      FROM fresh f CROSS JOIN LATERAL generate_series(0, least(f.depth, 2)) d
      GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (area_id, day)
      DO UPDATE SET n = r.n + EXCLUDED.n, ${list((i) => `s${i} = r.s${i} + EXCLUDED.s${i}`)}
      RETURNING 1
    )
    -- Data-modifying CTEs run whether read or not.
    SELECT ord FROM fresh`;
}
