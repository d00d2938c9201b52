import { sql } from 'drizzle-orm';
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
  occurredAt: Date;
  apiKeyId: number | null;
  idempotencyKey: string | null;
  /** The scanner request's hash, kept with its idempotency key. */
  requestHash?: string | null;
};

export const NOTIFY_CHANNEL = 'pindai_checkins';

/**
 * One statement writes a whole batch: the events, the rollup deltas of the batch (by hour and
 * by local day, per unit and per area) and one NOTIFY. A statement is atomic, so the rollups
 * always equal a GROUP BY over the events.
 *
 * Why this is safe with concurrent batches (other requests, other app instances): each delta
 * is an upsert that adds to the row under its row lock (ON CONFLICT DO UPDATE re-reads the
 * latest committed row in READ COMMITTED), so no increment is lost; deltas are summed per key
 * first (a key is touched once per statement) and applied in key order, so two batches lock
 * shared rows in the same order and cannot deadlock. Per-row triggers on shared counters would
 * serialise every writer; one upsert per key per batch does not (see DESIGN.md).
 */
export function insertBatchSql(rows: NewCheckin[]) {
  const input = JSON.stringify(
    rows.map((r, ord) => ({ ...r, ord, occurredAt: r.occurredAt.toISOString() })),
  );
  return sql`
    WITH input AS (
      SELECT r.*, nextval(pg_get_serial_sequence('checkin_events', 'id')) AS id
      FROM jsonb_to_recordset(${input}::jsonb) AS r(
        ord int, "unitId" int, "serviceId" int, "posterId" int, kind checkin_kind, status status,
        admitted boolean, reason refusal_reason, channel checkin_channel, "visitorKey" text, "occurredAt" timestamptz,
        "apiKeyId" int, "idempotencyKey" text, "requestHash" text)
    ), ins AS (
      INSERT INTO checkin_events
        (id, unit_id, service_id, poster_id, kind, status, admitted, reason, channel, visitor_key,
         occurred_at, api_key_id, idempotency_key, request_hash)
      OVERRIDING SYSTEM VALUE
      SELECT id, "unitId", "serviceId", "posterId", kind, status, admitted, reason, channel, "visitorKey",
             "occurredAt", "apiKeyId", "idempotencyKey", "requestHash"
      FROM input ORDER BY ord
      ON CONFLICT (api_key_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
      RETURNING id, unit_id, service_id, kind, status, admitted, coalesce(reason::text, '') AS reason, occurred_at
    ), unit_delta AS (
      INSERT INTO rollup_unit_hour AS r (unit_id, hour, service_id, status, kind, admitted, reason, n, last_at)
      SELECT unit_id, date_trunc('hour', occurred_at), coalesce(service_id, 0), status, kind, admitted, reason,
             count(*)::int, max(occurred_at)
      FROM ins GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
      ON CONFLICT (unit_id, hour, service_id, status, kind, admitted, reason)
      DO UPDATE SET n = r.n + EXCLUDED.n, last_at = greatest(r.last_at, EXCLUDED.last_at)
      RETURNING 1
    ), area_delta AS (
      INSERT INTO rollup_area_hour AS r (area_id, hour, category, status, kind, admitted, reason, n, last_at)
      SELECT a.area_id, date_trunc('hour', ins.occurred_at), coalesce(s.category::text, ''),
             ins.status, ins.kind, ins.admitted, ins.reason, count(*)::int, max(ins.occurred_at)
      FROM ins
      JOIN units u ON u.id = ins.unit_id
      LEFT JOIN services s ON s.id = ins.service_id
      CROSS JOIN LATERAL (
        SELECT split_part(u.path, '/', d + 2)::int AS area_id FROM generate_series(0, least(u.depth, 2)) d
      ) a
      GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
      ON CONFLICT (area_id, hour, category, status, kind, admitted, reason)
      DO UPDATE SET n = r.n + EXCLUDED.n, last_at = greatest(r.last_at, EXCLUDED.last_at)
      RETURNING 1
    ), local AS (
      SELECT ins.*, (ins.occurred_at AT TIME ZONE u.time_zone)::date AS day, u.path, u.depth
      FROM ins JOIN units u ON u.id = ins.unit_id
    ), unit_day_delta AS (
      INSERT INTO rollup_unit_day AS r (unit_id, day, kind, admitted, n, last_at)
      SELECT unit_id, day, kind, admitted, count(*)::int, max(occurred_at)
      FROM local GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (unit_id, day, kind, admitted)
      DO UPDATE SET n = r.n + EXCLUDED.n, last_at = greatest(r.last_at, EXCLUDED.last_at)
      RETURNING 1
    ), area_day_delta AS (
      INSERT INTO rollup_area_day AS r (area_id, day, kind, admitted, n, last_at)
      SELECT split_part(l.path, '/', d + 2)::int, l.day, l.kind, l.admitted, count(*)::int, max(l.occurred_at)
      FROM local l CROSS JOIN LATERAL generate_series(0, least(l.depth, 2)) d
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (area_id, day, kind, admitted)
      DO UPDATE SET n = r.n + EXCLUDED.n, last_at = greatest(r.last_at, EXCLUDED.last_at)
      RETURNING 1
    ), units_touched AS (
      SELECT coalesce(json_agg(DISTINCT unit_id), '[]')::text AS ids FROM ins
    ), notified AS (
      -- One NOTIFY per batch (NOTIFY takes a cluster-wide lock at commit); payloads stay < 8000 bytes.
      SELECT pg_notify(${NOTIFY_CHANNEL}, CASE WHEN length(ids) < 7900 THEN ids ELSE '"all"' END) AS sent
      FROM units_touched WHERE ids <> '[]'
    )
    -- Data-modifying CTEs always run; a plain one runs only if read, and the planner drops
    -- unread subquery columns: notified must be part of the output or no NOTIFY is sent.
    SELECT input.ord, ins.id, n.sent AS notified
    FROM input JOIN ins ON ins.id = input.id
    CROSS JOIN (SELECT count(*)::int AS sent FROM notified) n`;
}
