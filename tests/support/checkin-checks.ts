import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';

/** Rows in every table of the app, to show what a request did (or did not) write. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)}`);
    counts[name] = row!.n;
  }
  return counts;
}

/**
 * Rollup rows that differ from a GROUP BY over the events, both ways (EXCEPT ALL): an empty
 * list means the rollups hold exactly what the events say.
 */
export async function rollupMismatches(db: Db): Promise<unknown[]> {
  const unit = await queryRows(
    db,
    sql`(SELECT unit_id, hour, service_id, status, kind, admitted, n, last_at FROM rollup_unit_hour
         EXCEPT ALL
         SELECT unit_id, date_trunc('hour', occurred_at), coalesce(service_id, 0), status, kind, admitted,
                count(*)::int, max(occurred_at)
         FROM checkin_events GROUP BY 1, 2, 3, 4, 5, 6)
        UNION ALL
        (SELECT unit_id, date_trunc('hour', occurred_at), coalesce(service_id, 0), status, kind, admitted,
                count(*)::int, max(occurred_at)
         FROM checkin_events GROUP BY 1, 2, 3, 4, 5, 6
         EXCEPT ALL
         SELECT unit_id, hour, service_id, status, kind, admitted, n, last_at FROM rollup_unit_hour)`,
  );
  // Every event counts once at each of its unit's top three area levels (province, regency, district).
  const byArea = sql`
    SELECT split_part(u.path, '/', d + 2)::int AS area_id, date_trunc('hour', e.occurred_at) AS hour,
           coalesce(s.category::text, '') AS category, e.status, e.kind, e.admitted,
           count(*)::int AS n, max(e.occurred_at) AS last_at
    FROM checkin_events e
    JOIN units u ON u.id = e.unit_id
    LEFT JOIN services s ON s.id = e.service_id
    CROSS JOIN generate_series(0, least(u.depth, 2)) d
    GROUP BY 1, 2, 3, 4, 5, 6`;
  const area = await queryRows(
    db,
    sql`(SELECT area_id, hour, category, status, kind, admitted, n, last_at FROM rollup_area_hour
         EXCEPT ALL ${byArea})
        UNION ALL
        (${byArea} EXCEPT ALL
         SELECT area_id, hour, category, status, kind, admitted, n, last_at FROM rollup_area_hour)`,
  );
  return [...unit, ...area];
}

/**
 * A plausible NIK no one holds: Cikarang Barat's district code (32.16.08), a valid birth date
 * (women's day plus 40 for odd `n`) and `n` as the serial.
 */
export function testNik(n: number): string {
  const day = String(10 + (n % 18) + (n % 2 ? 40 : 0)).padStart(2, '0');
  return `321608${day}0790${String(1 + (n % 9999)).padStart(4, '0')}`;
}
