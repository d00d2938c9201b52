import { type SQL, sql } from 'drizzle-orm';

/**
 * Queue numbers for a batch of check-ins, as CTEs for the WITH of the batch's own statement
 * (lib/checkins/ingest-sql.ts), so a number exists exactly when its check-in committed and is
 * there before the visitor is answered. `input` holds each row's "queueLetter" and "queueDay"
 * (set at a queueing service) and `ins` the rows the statement inserted: only admitted check-ins
 * that were inserted (not an idempotent repeat) get a number.
 *
 * Numbering without a hot row: each (service, local day) has its own counter row in queue_days,
 * bumped once per batch by the number of tickets the batch gives that service (one upsert per
 * key, in key order, as the rollups do). Its row lock is held only until the batch commits and
 * only batches and desks of that same service ever wait for it, so unrelated services never
 * serialise and a busy counter waits a few milliseconds per batch, not per check-in. The upsert
 * re-reads the latest committed counter under its lock (READ COMMITTED), so concurrent batches
 * on any instance get consecutive, disjoint ranges: no gaps, no duplicates. A rolled-back batch
 * gives its numbers back with everything else.
 */
function issueTickets(input: SQL, ins: SQL): SQL {
  return sql`,
    queue_rows AS (
      SELECT i.id AS event_id, i.unit_id, i.regency_id, i.service_id, r."posterId" AS poster_id,
             r."queueLetter" AS letter, r."queueDay" AS day, i.occurred_at,
             row_number() OVER (PARTITION BY i.service_id, r."queueDay" ORDER BY r.ord)::int AS k,
             count(*) OVER (PARTITION BY i.service_id, r."queueDay")::int AS n
      FROM ${input} r JOIN ${ins} i ON i.id = r.id
      WHERE r."queueLetter" IS NOT NULL AND i.kind = 'in' AND i.admitted
    ), queue_counters AS (
      INSERT INTO queue_days AS d (service_id, day, regency_id, unit_id, issued)
      SELECT service_id, day, regency_id, min(unit_id), count(*)::int FROM queue_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (service_id, day, regency_id) DO UPDATE SET issued = d.issued + EXCLUDED.issued
      RETURNING service_id, day, issued
    ), queue_issued AS (
      INSERT INTO queue_tickets (event_id, unit_id, regency_id, service_id, poster_id, day, letter, number, issued_at)
      SELECT q.event_id, q.unit_id, q.regency_id, q.service_id, q.poster_id, q.day, q.letter, c.issued - q.n + q.k,
             q.occurred_at
      FROM queue_rows q JOIN queue_counters c ON c.service_id = q.service_id AND c.day = q.day
      RETURNING event_id, letter, number
    )`;
}

const none = { ctes: sql``, columns: sql``, join: sql`` };

/**
 * What the batch statement adds for queue numbers: the CTEs, the number's columns in its answer
 * and their join. Only a batch with a check-in at a queueing service has any: the others (most
 * of them) leave the queue tables out of the plan altogether.
 */
export function ticketsOfBatch(queueing: boolean, input: SQL, ins: SQL) {
  if (!queueing) return none;
  return {
    ctes: issueTickets(input, ins),
    columns: sql`, q.letter AS "queueLetter", q.number AS "queueNumber"`,
    join: sql` LEFT JOIN queue_issued q ON q.event_id = ${ins}.id`,
  };
}
