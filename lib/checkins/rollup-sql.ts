import { type SQL, sql } from 'drizzle-orm';

/**
 * The one definition of the rollups: what a set of check-in events adds to each rollup table,
 * as CTEs for the WITH of the statement that has the events. `events` is a relation with the
 * event table's unit_id, service_id, status, kind, admitted, reason, regency_id and occurred_at: the live
 * ingest passes the rows its INSERT returned, the demo's history the rows it just wrote.
 *
 * Keys: per unit by hour (service, status, kind, admitted, reason) and by local day (kind,
 * admitted); per regency and district above the unit likewise, by the service's category
 * instead of the service, and per province in tables of their own (a province spans
 * regencies, so its rows carry no regency key). The events are grouped once per unit and hour and the rest
 * sums those groups, so the ancestor fan-out works on groups, not on events. UTC hours are
 * whole local hours in every unit time zone (WIB, WITA, WIT), so each hour's group falls on
 * one local day.
 *
 * Units and services are looked up per group by id (lateral, OFFSET 0 so the planner keeps it
 * that way): it cannot see how few groups a batch has and would otherwise scan every unit.
 *
 * Safe with concurrent writers (other batches, other app instances): each delta is an upsert
 * that adds to the row under its row lock (ON CONFLICT DO UPDATE re-reads the latest committed
 * row in READ COMMITTED), so no increment is lost; each key is touched once per statement and
 * in key order, so two statements lock shared rows in the same order and cannot deadlock.
 */
export function rollupDeltas(events: SQL): SQL {
  return sql`
    rollup_groups AS (
      SELECT unit_id, date_trunc('hour', occurred_at) AS hour, coalesce(service_id, 0) AS service_id,
             status, kind, admitted, coalesce(reason::text, '') AS reason, regency_id, count(*)::int AS n,
             max(occurred_at) AS last_at
      FROM ${events} AS e
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ), rollup_unit_hour_delta AS (
      INSERT INTO rollup_unit_hour AS r (unit_id, hour, service_id, status, kind, admitted, reason, regency_id, n, last_at)
      SELECT unit_id, hour, service_id, status, kind, admitted, reason, regency_id, n, last_at
      FROM rollup_groups ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
      ON CONFLICT (unit_id, hour, service_id, status, kind, admitted, reason, regency_id)
      DO UPDATE SET n = r.n + EXCLUDED.n, last_at = greatest(r.last_at, EXCLUDED.last_at)
    ), rollup_area_hour_groups AS (
      SELECT split_part(u.path, '/', d.d + 2)::int AS area_id, d.d = 0 AS province, g.hour,
             coalesce(s.category::text, '') AS category, g.status, g.kind, g.admitted, g.reason, g.regency_id,
             sum(g.n)::int AS n, max(g.last_at) AS last_at
      FROM rollup_groups g
      CROSS JOIN LATERAL (SELECT path, depth FROM units WHERE id = g.unit_id OFFSET 0) u
      LEFT JOIN LATERAL (SELECT category FROM services WHERE id = g.service_id OFFSET 0) s ON true
      JOIN (VALUES (0), (1), (2)) AS d(d) ON d.d <= u.depth
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ), rollup_area_hour_delta AS (
      INSERT INTO rollup_area_hour AS r (area_id, hour, category, status, kind, admitted, reason, regency_id, n, last_at)
      SELECT area_id, hour, category, status, kind, admitted, reason, regency_id, n, last_at
      FROM rollup_area_hour_groups WHERE NOT province ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
      ON CONFLICT (area_id, hour, category, status, kind, admitted, reason, regency_id)
      DO UPDATE SET n = r.n + EXCLUDED.n, last_at = greatest(r.last_at, EXCLUDED.last_at)
    ), rollup_province_hour_delta AS (
      INSERT INTO rollup_province_hour AS r (province_id, hour, category, status, kind, admitted, reason, n, last_at)
      SELECT area_id, hour, category, status, kind, admitted, reason, sum(n)::int, max(last_at)
      FROM rollup_area_hour_groups WHERE province
      GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
      ON CONFLICT (province_id, hour, category, status, kind, admitted, reason)
      DO UPDATE SET n = r.n + EXCLUDED.n, last_at = greatest(r.last_at, EXCLUDED.last_at)
    ), rollup_day_groups AS (
      SELECT g.unit_id, (g.hour AT TIME ZONE u.time_zone)::date AS day, g.kind, g.admitted, g.regency_id,
             sum(g.n)::int AS n, max(g.last_at) AS last_at, u.path, u.depth
      FROM rollup_groups g
      CROSS JOIN LATERAL (SELECT path, depth, time_zone FROM units WHERE id = g.unit_id OFFSET 0) u
      GROUP BY g.unit_id, 2, g.kind, g.admitted, g.regency_id, u.path, u.depth
    ), rollup_unit_day_delta AS (
      INSERT INTO rollup_unit_day AS r (unit_id, day, kind, admitted, regency_id, n, last_at)
      SELECT unit_id, day, kind, admitted, regency_id, n, last_at
      FROM rollup_day_groups ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (unit_id, day, kind, admitted, regency_id)
      DO UPDATE SET n = r.n + EXCLUDED.n, last_at = greatest(r.last_at, EXCLUDED.last_at)
    ), rollup_area_day_groups AS (
      SELECT split_part(g.path, '/', d.d + 2)::int AS area_id, d.d = 0 AS province, g.day, g.kind, g.admitted,
             g.regency_id, sum(g.n)::int AS n, max(g.last_at) AS last_at
      FROM rollup_day_groups g JOIN (VALUES (0), (1), (2)) AS d(d) ON d.d <= g.depth
      GROUP BY 1, 2, 3, 4, 5, 6
    ), rollup_area_day_delta AS (
      INSERT INTO rollup_area_day AS r (area_id, day, kind, admitted, regency_id, n, last_at)
      SELECT area_id, day, kind, admitted, regency_id, n, last_at
      FROM rollup_area_day_groups WHERE NOT province ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (area_id, day, kind, admitted, regency_id)
      DO UPDATE SET n = r.n + EXCLUDED.n, last_at = greatest(r.last_at, EXCLUDED.last_at)
    ), rollup_province_day_delta AS (
      INSERT INTO rollup_province_day AS r (province_id, day, kind, admitted, n, last_at)
      SELECT area_id, day, kind, admitted, sum(n)::int, max(last_at)
      FROM rollup_area_day_groups WHERE province
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (province_id, day, kind, admitted)
      DO UPDATE SET n = r.n + EXCLUDED.n, last_at = greatest(r.last_at, EXCLUDED.last_at)
    )`;
}
