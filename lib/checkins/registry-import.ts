import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { writeAudit } from '@/lib/audit/log';
import { can } from '@/lib/auth/permissions';
import type { Ctx } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { isKnownDistrict, nikDistrictCode, parseIdentity, visitorKey } from './identity';

export type RegistryReport = { imported: number; rejected: { line: number; reason: string }[] };

const MAX_ROWS = 200_000;
const CHUNK = 5000;
const YES = new Set(['1', 'ya', 'y', 'true', 'positif']);
const NO = new Set(['', '0', 'tidak', 't', 'n', 'false', 'negatif']);

/**
 * A health office's CSV (columns nik or phone/ponsel, doses/dosis, positive/positif). Each
 * NIK or number is turned into its keyed hash before anything is written; bad rows are
 * reported by line and skipped, good ones upserted in bulk.
 */
export async function importRegistry(ctx: Ctx, csv: string): Promise<RegistryReport> {
  if (!can(ctx.actor, 'registry.import', ctx.unit)) throw new AppError('forbidden');
  let records: Record<string, string>[];
  try {
    records = parse(csv, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, bom: true, trim: true, relax_column_count: true });
  } catch (cause) {
    throw new AppError('invalid', { message: 'Berkas CSV tidak dapat dibaca.', cause });
  }
  if (records.length > MAX_ROWS) throw new AppError('too_large', { message: `Paling banyak ${MAX_ROWS} baris per unggahan.` });
  const rejected: RegistryReport['rejected'] = [];
  const good = new Map<string, { key: string; doses: number; positive: boolean }>();
  for (const [i, r] of records.entries()) {
    const line = i + 2; // the header is line 1
    const typed = r.nik || r.phone || r.ponsel || '';
    const identity = parseIdentity(typed);
    if ('error' in identity) {
      rejected.push({ line, reason: identity.error });
      continue;
    }
    if (identity.kind === 'nik' && !(await isKnownDistrict(ctx.db, nikDistrictCode(identity.value)))) {
      rejected.push({ line, reason: 'nik_region' });
      continue;
    }
    const doses = Number(r.doses ?? r.dosis);
    const flag = (r.positive ?? r.positif ?? '').toLowerCase();
    if (!Number.isInteger(doses) || doses < 0 || doses > 10) {
      rejected.push({ line, reason: 'doses' });
      continue;
    }
    if (!YES.has(flag) && !NO.has(flag)) {
      rejected.push({ line, reason: 'positive' });
      continue;
    }
    const key = visitorKey(identity);
    good.set(key, { key, doses, positive: YES.has(flag) }); // a later line for the same person wins
  }
  const rows = [...good.values()];
  await ctx.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = JSON.stringify(rows.slice(i, i + CHUNK));
      await tx.execute(sql`
        INSERT INTO vaccination_registry (visitor_key, doses, positive, source_unit_id, updated_at)
        SELECT key, doses, positive, ${ctx.unit.id}, now()
        FROM jsonb_to_recordset(${chunk}::jsonb) AS r(key text, doses smallint, positive boolean)
        ON CONFLICT (visitor_key) DO UPDATE
          SET doses = EXCLUDED.doses, positive = EXCLUDED.positive,
              source_unit_id = EXCLUDED.source_unit_id, updated_at = now()`);
    }
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      unitId: ctx.unit.id,
      action: 'registry.import',
      targetType: 'vaccination_registry',
      after: { imported: rows.length, rejected: rejected.length },
    });
  });
  return { imported: rows.length, rejected };
}
