import type { PendingCheckin } from '@/lib/checkins/ingest';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';

/**
 * Rows in every table of the app, to show what a request did (or did not) write. The rate
 * limits' counters are left out: counting a refused request is what they are for.
 */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    db,
    // Tables, not their partitions: a partitioned table counts its partitions' rows.
    sql`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> 'rate_limits' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)}`);
    counts[name] = row!.n;
  }
  return counts;
}

/**
 * What each rollup table must hold: a GROUP BY over the events (`e`, with its unit `u`, and for
 * area tables `d`, each of the unit's top three area levels that the table keeps).
 */
const expectedRollups = {
  rollup_unit_hour: {
    columns: sql`unit_id, hour, service_id, status, kind, admitted, reason, regency_id, n, last_at`,
    select: sql`e.unit_id, date_trunc('hour', e.occurred_at), coalesce(e.service_id, 0), e.status, e.kind, e.admitted, coalesce(e.reason::text, ''), e.regency_id`,
    depths: null,
    keys: 8,
  },
  rollup_unit_day: {
    columns: sql`unit_id, day, kind, admitted, regency_id, n, last_at`,
    select: sql`e.unit_id, (e.occurred_at AT TIME ZONE u.time_zone)::date, e.kind, e.admitted, e.regency_id`,
    depths: null,
    keys: 5,
  },
  rollup_area_hour: {
    columns: sql`area_id, hour, category, status, kind, admitted, reason, regency_id, n, last_at`,
    select: sql`split_part(u.path, '/', d + 2)::int, date_trunc('hour', e.occurred_at), coalesce(s.category::text, ''), e.status, e.kind, e.admitted, coalesce(e.reason::text, ''), e.regency_id`,
    depths: [1, 2],
    keys: 8,
  },
  rollup_area_day: {
    columns: sql`area_id, day, kind, admitted, regency_id, n, last_at`,
    select: sql`split_part(u.path, '/', d + 2)::int, (e.occurred_at AT TIME ZONE u.time_zone)::date, e.kind, e.admitted, e.regency_id`,
    depths: [1, 2],
    keys: 5,
  },
  rollup_province_hour: {
    columns: sql`province_id, hour, category, status, kind, admitted, reason, n, last_at`,
    select: sql`split_part(u.path, '/', 2)::int, date_trunc('hour', e.occurred_at), coalesce(s.category::text, ''), e.status, e.kind, e.admitted, coalesce(e.reason::text, '')`,
    depths: [0, 0],
    keys: 7,
  },
  rollup_province_day: {
    columns: sql`province_id, day, kind, admitted, n, last_at`,
    select: sql`split_part(u.path, '/', 2)::int, (e.occurred_at AT TIME ZONE u.time_zone)::date, e.kind, e.admitted`,
    depths: [0, 0],
    keys: 4,
  },
};

/**
 * Rollup rows that differ from a GROUP BY over the events, both ways (EXCEPT ALL), in every
 * rollup table: an empty list means the rollups hold exactly what the events say.
 */
export async function rollupMismatches(db: Db): Promise<unknown[]> {
  const mismatches: unknown[] = [];
  for (const [table, { columns, select, depths, keys }] of Object.entries(expectedRollups)) {
    const expected = sql`SELECT ${select}, count(*)::int, max(e.occurred_at)
      FROM checkin_events e JOIN units u ON u.id = e.unit_id LEFT JOIN services s ON s.id = e.service_id
      ${depths ? sql`CROSS JOIN generate_series(${sql.raw(String(depths[0]))}, least(u.depth, ${sql.raw(String(depths[1]))})) d` : sql``}
      GROUP BY ${sql.raw(Array.from({ length: keys }, (_, i) => i + 1).join(', '))}`;
    const stored = sql`SELECT ${columns} FROM ${sql.identifier(table)}`;
    const rows = await queryRows(db, sql`(${stored} EXCEPT ALL ${expected}) UNION ALL (${expected} EXCEPT ALL ${stored})`);
    mismatches.push(...rows.map((row) => ({ table, row })));
  }
  return mismatches;
}

/**
 * A plausible NIK no one holds: Cikarang Barat's district code (32.16.08), a valid birth date
 * (women's day plus 40 for odd `n`) and `n` as the serial.
 */
export function testNik(n: number): string {
  const day = String(10 + (n % 18) + (n % 2 ? 40 : 0)).padStart(2, '0');
  return `321608${day}0790${String(1 + (n % 9999)).padStart(4, '0')}`;
}

/**
 * A desk check-in whose status is known (so the writer asks no registry), with its own key. With
 * no API key the key decides only its place in the batch, so the visitor key carries the same
 * label, for a test to find the row.
 */
export function deskCheckin(unitId: number, idempotencyKey: string): PendingCheckin {
  return {
    unitId,
    serviceId: null,
    posterId: null,
    kind: 'in',
    status: 'hijau',
    admits: ['hijau'],
    channel: 'desk',
    visitorKey: idempotencyKey,
    occurredAt: new Date(),
    apiKeyId: null,
    idempotencyKey,
  };
}
