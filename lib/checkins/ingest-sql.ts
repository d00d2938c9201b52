import { sql } from 'drizzle-orm';
import { ticketsOfBatch } from '@/lib/queue/issue-sql';
import { rollupDeltas } from './rollup-sql';
import type { CheckinChannel, CheckinKind, RefusalReason } from './vocabulary';
import type { Status } from '@/lib/services/vocabulary';

export type NewCheckin = {
  unitId: number;
  serviceId: number | null;
  posterId: number | null;
  kind: CheckinKind;
  status: Status;
  admitted: boolean;
  reason: RefusalReason | null;
  channel: CheckinChannel;
  visitorKey: string | null;
  /** The masked identity shown to the desk (identity.ts, maskIdentity). */
  visitorHint?: string | null;
  occurredAt: Date;
  apiKeyId: number | null;
  idempotencyKey: string | null;
  /** The scanner request's hash, kept with its idempotency key. */
  requestHash?: string | null;
  /** At a service that issues queue numbers: its letter and the local day the number counts in. */
  queueLetter?: string | null;
  queueDay?: string | null;
};

export const NOTIFY_CHANNEL = 'pindai_checkins';

/**
 * One statement writes a whole batch: the events, the rollup deltas of the rows it inserted
 * (./rollup-sql.ts, safe with concurrent batches), the queue numbers of the admitted ones at
 * queueing services (lib/queue/issue-sql.ts) and one NOTIFY. A statement is atomic, so the
 * rollups always equal a GROUP BY over the events. Per-row triggers on shared counters would
 * serialise every writer; one upsert per key per batch does not (see DESIGN.md).
 */
export function insertBatchSql(rows: NewCheckin[]) {
  const input = JSON.stringify(
    rows.map((r, ord) => ({ ...r, ord, occurredAt: r.occurredAt.toISOString() })),
  );
  const tickets = ticketsOfBatch(
    rows.some((r) => r.queueLetter),
    sql`input`,
    sql`ins`,
  );
  return sql`
    WITH input AS (
      SELECT r.*, nextval(pg_get_serial_sequence('checkin_events', 'id')) AS id, u.regency_id
      FROM jsonb_to_recordset(${input}::jsonb) AS r(
        ord int, "unitId" int, "serviceId" int, "posterId" int, kind checkin_kind, status status,
        admitted boolean, reason refusal_reason, channel checkin_channel, "visitorKey" text, "visitorHint" text, "occurredAt" timestamptz,
        "apiKeyId" int, "idempotencyKey" text, "requestHash" text, "queueLetter" text, "queueDay" date)
      LEFT JOIN LATERAL (SELECT regency_id FROM units WHERE id = r."unitId" OFFSET 0) u ON true -- none: the insert fails, as it must
    ), keyed AS (
      -- A key seen before inserts nothing here, and so no event below.
      INSERT INTO checkin_keys (api_key_id, idempotency_key, regency_id, event_id, occurred_at, request_hash)
      SELECT i."apiKeyId", i."idempotencyKey", k.regency_id, i.id, i."occurredAt", i."requestHash"
      FROM input i
      CROSS JOIN LATERAL (SELECT u.regency_id FROM api_keys a JOIN units u ON u.id = a.unit_id WHERE a.id = i."apiKeyId" OFFSET 0) k
      WHERE i."idempotencyKey" IS NOT NULL
      ORDER BY 1, 2
      ON CONFLICT DO NOTHING
      RETURNING event_id
    ), ins AS (
      INSERT INTO checkin_events
        (id, regency_id, unit_id, service_id, poster_id, kind, status, admitted, reason, channel, visitor_key,
         visitor_hint, occurred_at, api_key_id)
      OVERRIDING SYSTEM VALUE
      SELECT id, regency_id, "unitId", "serviceId", "posterId", kind, status, admitted, reason, channel, "visitorKey",
             "visitorHint", "occurredAt", "apiKeyId"
      FROM input
      WHERE "idempotencyKey" IS NULL OR "apiKeyId" IS NULL OR id IN (SELECT event_id FROM keyed)
      ORDER BY ord
      RETURNING id, regency_id, unit_id, service_id, kind, status, admitted, reason, occurred_at
    ), ${rollupDeltas(sql`ins`)}${tickets.ctes}, units_touched AS (
      SELECT coalesce(json_agg(DISTINCT unit_id), '[]')::text AS ids FROM ins
    ), notified AS (
      -- One NOTIFY per batch (NOTIFY takes a cluster-wide lock at commit); payloads stay < 8000 bytes.
      SELECT pg_notify(${NOTIFY_CHANNEL}, CASE WHEN length(ids) < 7900 THEN ids ELSE '"all"' END) AS sent
      FROM units_touched WHERE ids <> '[]'
    )
    -- Data-modifying CTEs always run; a plain one runs only if read, and the planner drops
    -- unread subquery columns: notified must be part of the output or no NOTIFY is sent.
    SELECT input.ord, ins.id, n.sent AS notified${tickets.columns}
    FROM input JOIN ins ON ins.id = input.id${tickets.join}
    CROSS JOIN (SELECT count(*)::int AS sent FROM notified) n`;
}
