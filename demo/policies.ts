import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { Status } from '@/lib/services/vocabulary';
import { startOfLocalDay } from '@/lib/time/local';

/**
 * The 2021 circulars both regions entered by, from 9 September 2021 (midnight WIB): Kota Bekasi's
 * SE 440/1395/SET.COVID-19 and, in Kabupaten Bekasi, the PANRB circular No. 21 of 2021; both
 * let in the first dose and up. The factories' stricter policy comes with them (tree.ts).
 */
export const regionPolicies: { unit: string; name: string; admits: Status[]; effectiveDate: string }[] = [
  { unit: '32.75', name: 'SE 440/1395/SET.COVID-19 — minimal dosis pertama', admits: ['hijau', 'kuning'], effectiveDate: '2021-09-09' },
  { unit: '32.16', name: 'SE MenPANRB No. 21 Tahun 2021', admits: ['hijau', 'kuning'], effectiveDate: '2021-09-09' },
];

/** Idempotent (looked up by unit and name), so every demo start can run it. */
export async function seedRegionPolicies(db: Db) {
  const rows = JSON.stringify(
    regionPolicies.map((p) => ({ ...p, admits: p.admits.join(','), from: startOfLocalDay(p.effectiveDate, 'Asia/Jakarta').toISOString() })),
  );
  await db.execute(sql`
    INSERT INTO entry_policies (unit_id, name, admits, effective_from)
    SELECT u.id, r.name, string_to_array(r.admits, ',')::status[], r."from"
    FROM jsonb_to_recordset(${rows}::jsonb) AS r(unit text, name text, admits text, "from" timestamptz)
    JOIN units u ON u.code = r.unit
    WHERE NOT EXISTS (SELECT 1 FROM entry_policies ep WHERE ep.unit_id = u.id AND ep.name = r.name)`);
}
