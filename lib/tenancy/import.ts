import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { announceChange } from '@/lib/cache/changes';
import { type Db, queryRows } from '@/lib/db/client';
import type { UnitKind } from '@/lib/db/schema';
import { timeZoneOfProvince } from './time-zones';

type AreaRow = { code: string; name: string; parentCode: string | null; kind: UnitKind };

export type ImportResult = { inserted: number; renamed: number; total: number };

const BATCH = 10_000;

type Area = { code: string; name: string; parentCode: string | null };

/** One level of the Kemendagri list kept in ./areas (its README says where it comes from). */
async function readLevel(file: string, parentColumn: string | null): Promise<Area[]> {
  const text = await readFile(new URL(`./areas/${file}.csv`, import.meta.url), 'utf8');
  return parse<Record<string, string>>(text, { columns: true }).map((row, i) => {
    const value = (column: string) => {
      const v = row[column];
      if (!v) throw new Error(`${file}.csv line ${i + 2}: no ${column}`);
      return v;
    };
    return {
      code: value('code'),
      name: value('name'),
      parentCode: parentColumn ? value(parentColumn) : null,
    };
  });
}

/** Loads the Kemendagri areas of one province (or, without one, of all Indonesia). */
export async function loadAreas(provinceCode?: string): Promise<AreaRow[][]> {
  const inScope = (code: string) => !provinceCode || code.split('.')[0] === provinceCode;
  const [provinces, regencies, districts, villages] = await Promise.all([
    readLevel('provinces', null),
    readLevel('regencies', 'province_code'),
    readLevel('districts', 'regency_code'),
    readLevel('villages', 'district_code'),
  ]);
  if (provinceCode && !provinces.some((p) => p.code === provinceCode)) {
    throw new Error(`Unknown province code ${provinceCode}`);
  }
  return [
    provinces
      .filter((p) => inScope(p.code))
      .map((p) => ({ code: p.code, name: p.name, parentCode: null, kind: 'province' as const })),
    regencies
      .filter((r) => inScope(r.code))
      .map((r) => ({
        code: r.code,
        name: r.name,
        parentCode: r.parentCode,
        kind: r.name.startsWith('Kota ') ? ('city' as const) : ('regency' as const),
      })),
    districts
      .filter((d) => inScope(d.code))
      .map((d) => ({
        code: d.code,
        name: d.name,
        parentCode: d.parentCode,
        kind: 'district' as const,
      })),
    villages
      .filter((v) => inScope(v.code))
      .map((v) => ({
        code: v.code,
        name: v.name,
        parentCode: v.parentCode,
        // In village codes 1xxx are kelurahan, 2xxx desa.
        kind: v.code.split('.')[3]?.startsWith('1')
          ? ('urban_village' as const)
          : ('village' as const),
      })),
  ];
}

/**
 * Inserts missing areas and renames changed ones, level by level so that every parent exists
 * before its children; set-based (one statement per 10,000 rows), and idempotent.
 */
export async function importAreas(db: Db, levels: AreaRow[][]): Promise<ImportResult> {
  const result: ImportResult = { inserted: 0, renamed: 0, total: 0 };
  for (const level of levels) {
    for (let i = 0; i < level.length; i += BATCH) {
      const rows = level.slice(i, i + BATCH);
      // One JSON parameter: both drivers pass it unchanged, whatever the batch size.
      const input = JSON.stringify(
        rows.map((r) => ({ ...r, timeZone: timeZoneOfProvince(r.code.split('.')[0]!) })),
      );
      const [counts] = await queryRows<{ inserted: number; renamed: number }>(
        db,
        sql`
        WITH input AS (
          SELECT * FROM jsonb_to_recordset(${input}::jsonb)
            AS v(code text, name text, "parentCode" text, kind text, "timeZone" text)
        ), renamed AS (
          UPDATE units u SET name = input.name FROM input
          WHERE u.code = input.code AND u.name <> input.name
          RETURNING 1
        ), inserted AS (
          INSERT INTO units (kind, name, code, parent_id, time_zone)
          SELECT input.kind::unit_kind, input.name, input.code, p.id, input."timeZone"
          FROM input LEFT JOIN units p ON p.code = input."parentCode"
          WHERE NOT EXISTS (SELECT 1 FROM units e WHERE e.code = input.code)
          ON CONFLICT (code) DO NOTHING
          RETURNING 1
        )
        SELECT (SELECT count(*) FROM inserted)::int AS inserted,
               (SELECT count(*) FROM renamed)::int AS renamed`,
      );
      result.inserted += counts?.inserted ?? 0;
      result.renamed += counts?.renamed ?? 0;
      result.total += rows.length;
    }
  }
  // Fresh statistics, or the planner scans 91,000 units instead of the name search's index.
  await db.execute(sql`ANALYZE units`);
  await announceChange(db, 'units'); // renamed units, new district codes
  return result;
}
