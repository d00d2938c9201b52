import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { writeAudit } from '@/lib/audit/log';
import { can } from '@/lib/auth/permissions';
import type { Ctx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { inSubtree } from '@/lib/tenancy/units';
import { id as labels } from '@/lib/i18n/id';
import { nikDistrictCode, parseIdentity, visitorKey } from './identity';

export type RegistryRefusal = keyof typeof labels.registry.reasons;
/** Each refused row by its line in the file (the header is line 1), with the reason in Indonesian. */
export type RegistryReport = {
  imported: number;
  added: number;
  changed: number;
  rejected: { line: number; reason: RegistryRefusal; message: string }[];
};

const MAX_ROWS = 200_000;
const CHUNK = 5000;
const YES = new Set(['1', 'ya', 'y', 'true', 'positif']);
const NO = new Set(['', '0', 'tidak', 't', 'n', 'false', 'negatif']);

/**
 * A health office's CSV (columns nik or phone/ponsel, doses/dosis, positive/positif), written as
 * the records of the unit it is uploaded to: they speak only at that unit's doors and below.
 * A NIK is accepted only when its district of registration (its first six digits) lies in that
 * unit's subtree; a phone number carries no region, and its record reaches no door outside the
 * subtree anyway. Each NIK or number becomes its keyed hash before anything is written; bad rows
 * are reported by line and skipped, good ones upserted in bulk over this unit's own records only.
 */
export async function importRegistry(ctx: Ctx, csv: string): Promise<RegistryReport> {
  if (!can(ctx.actor, 'registry.import', ctx.unit)) throw new AppError('forbidden');
  let records: Record<string, string>[];
  try {
    records = parse(csv, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      bom: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (cause) {
    throw new AppError('invalid', { message: 'Berkas CSV tidak dapat dibaca.', cause });
  }
  if (records.length > MAX_ROWS)
    throw new AppError('too_large', { message: `Paling banyak ${MAX_ROWS} baris per unggahan.` });

  const rejected: RegistryReport['rejected'] = [];
  const refuse = (line: number, reason: RegistryRefusal) =>
    rejected.push({ line, reason, message: labels.registry.reasons[reason] });
  const parsed = records.map((r, i) => ({
    line: i + 2,
    r,
    identity: parseIdentity(r.nik || r.phone || r.ponsel || ''),
  }));
  const districts = await districtsOf(
    ctx,
    parsed.flatMap(({ identity }) =>
      'kind' in identity && identity.kind === 'nik' ? [nikDistrictCode(identity.value)] : [],
    ),
  );

  const good = new Map<string, { key: string; doses: number; positive: boolean }>();
  for (const { line, r, identity } of parsed) {
    if ('error' in identity) {
      refuse(line, identity.error);
      continue;
    }
    if (identity.kind === 'nik') {
      const where = districts.get(nikDistrictCode(identity.value));
      if (where !== 'inside') {
        refuse(line, where === 'outside' ? 'nik_outside' : 'nik_region');
        continue;
      }
    }
    const doses = Number(r.doses ?? r.dosis);
    const flag = (r.positive ?? r.positif ?? '').toLowerCase();
    if (!Number.isInteger(doses) || doses < 0 || doses > 10) {
      refuse(line, 'doses');
      continue;
    }
    if (!YES.has(flag) && !NO.has(flag)) {
      refuse(line, 'positive');
      continue;
    }
    const key = visitorKey(identity);
    good.set(key, { key, doses, positive: YES.has(flag) }); // a later line for the same person wins
  }

  const rows = [...good.values()];
  let added = 0;
  let changed = 0;
  await ctx.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = JSON.stringify(rows.slice(i, i + CHUNK));
      // Only this unit's own record of each person is touched; an unchanged one keeps its date,
      // which decides between writers at a door.
      const written = await queryRows<{ added: number; changed: number }>(
        tx,
        sql`WITH written AS (
              INSERT INTO vaccination_registry AS v (visitor_key, doses, positive, source_unit_id, updated_at)
              SELECT key, doses, positive, ${ctx.unit.id}, now()
              FROM jsonb_to_recordset(${chunk}::jsonb) AS r(key text, doses smallint, positive boolean)
              ON CONFLICT (visitor_key, source_unit_id) DO UPDATE
                SET doses = EXCLUDED.doses, positive = EXCLUDED.positive, updated_at = now()
                WHERE (v.doses, v.positive) IS DISTINCT FROM (EXCLUDED.doses, EXCLUDED.positive)
              RETURNING (xmax = 0) AS inserted
            )
            SELECT count(*) FILTER (WHERE inserted)::int AS added, count(*) FILTER (WHERE NOT inserted)::int AS changed FROM written`,
      );
      added += written[0]?.added ?? 0;
      changed += written[0]?.changed ?? 0;
    }
    // Recorded on the writing unit; every unit below sees it in its own audit log, since these
    // records decide at its doors (see listAudit).
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      unitId: ctx.unit.id,
      action: 'registry.import',
      targetType: 'vaccination_registry',
      after: {
        area: ctx.unit.name,
        added,
        changed,
        unchanged: rows.length - added - changed,
        rejected: rejected.length,
      },
    });
  });
  return { imported: rows.length, added, changed, rejected };
}

/** Whether each district code is a known district inside the unit's subtree, outside it, or unknown. */
async function districtsOf(ctx: Ctx, codes: string[]): Promise<Map<string, 'inside' | 'outside'>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await queryRows<{ code: string; inside: boolean }>(
    ctx.db,
    sql`SELECT code, ${inSubtree(ctx.unit, sql`path`)} AS inside FROM units
        WHERE kind = 'district' AND code IN (SELECT jsonb_array_elements_text(${JSON.stringify(unique)}::jsonb))`,
  );
  return new Map(rows.map((r) => [r.code, r.inside ? 'inside' : 'outside']));
}
