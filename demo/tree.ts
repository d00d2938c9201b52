import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';
import { officeHours } from '@/lib/services/input';
import { type ServiceTemplateKey, serviceTemplates } from '@/lib/services/templates';
import { newShortCode, newToken } from '@/lib/posters/tokens';
import { demoPlaces, demoRegions, unitFate } from './places';

const DAY = 24 * 3600_000;

/** A unit that scans in the demo: its services, posters and when it began. */
type Taker = { unitId: number; template: ServiceTemplateKey; counters: number; adoptAt: Date };

/** Agencies and offices followed the rule at once; desa and kelurahan offices over three weeks. */
function adoptionDay(kind: string, fate: number): number {
  if (kind === 'agency' || kind === 'venue') return Math.floor(fate * 3);
  if (kind === 'district') return Math.floor(fate * 6);
  if (fate < 0.5) return Math.floor(fate * 8);
  if (fate < 0.8) return 4 + Math.floor((fate - 0.5) * 36);
  return 15 + Math.floor((fate - 0.8) * 50);
}

async function insertPlaces(db: Db, start: Date) {
  const rows = JSON.stringify(
    demoPlaces.map((p) => ({ ...p, admits: (p.entryAdmits ?? ['hijau', 'kuning']).join(',') })),
  );
  await db.execute(sql`
    WITH placed AS (
      INSERT INTO units (kind, name, parent_id, time_zone, created_at)
      SELECT r.kind::unit_kind, r.name, p.id, p.time_zone, ${start.toISOString()}::timestamptz - interval '7 days'
      FROM jsonb_to_recordset(${rows}::jsonb) AS r(parent text, kind text, name text, admits text)
      JOIN units p ON p.code = r.parent
      WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.parent_id = p.id AND u.name = r.name)
      RETURNING id, parent_id, name
    )
    INSERT INTO entry_policies (unit_id, name, admits, effective_from)
    SELECT placed.id, 'Kebijakan perusahaan: hanya vaksin lengkap', string_to_array(r.admits, ',')::status[],
           ${start.toISOString()}::timestamptz - interval '7 days'
    FROM placed JOIN units p ON p.id = placed.parent_id
    JOIN jsonb_to_recordset(${rows}::jsonb) AS r(parent text, name text, admits text) ON r.parent = p.code AND r.name = placed.name
    WHERE r.admits <> 'hijau,kuning'`);
}

/** Every kecamatan, 85% of desa/kelurahan offices (the rest never put a poster up) and the places. */
async function takers(db: Db, start: Date): Promise<Taker[]> {
  const areas = await queryRows<{ id: number; code: string; kind: string }>(
    db,
    sql`SELECT u.id, u.code, u.kind FROM units u
        WHERE u.kind IN ('district', 'village', 'urban_village')
          AND (${sql.join(demoRegions.map((r) => sql`u.code LIKE ${r + '.%'}`), sql` OR `)})`,
  );
  const places = await queryRows<{ id: number; parent: string; name: string }>(
    db,
    sql`SELECT u.id, p.code AS parent, u.name FROM units u JOIN units p ON p.id = u.parent_id
        WHERE u.kind IN ('agency', 'venue') AND u.name IN (${sql.join(demoPlaces.map((p) => sql`${p.name}`), sql`, `)})`,
  );
  const at = (kind: string, key: string) => new Date(start.getTime() + adoptionDay(kind, unitFate(key)) * DAY + 6 * 3600_000);
  const out: Taker[] = [];
  for (const a of areas) {
    const fate = unitFate(a.code);
    if (a.kind !== 'district' && fate > 0.85) continue;
    out.push({ unitId: a.id, template: 'kelurahan', counters: 2, adoptAt: at(a.kind, a.code) });
  }
  for (const row of places) {
    const place = demoPlaces.find((p) => p.name === row.name && p.parent === row.parent);
    if (!place) continue;
    out.push({ unitId: row.id, template: place.template, counters: place.counters, adoptAt: at(place.kind, place.name) });
  }
  return out;
}

async function insertServices(db: Db, list: Taker[]) {
  const rows = JSON.stringify(
    list.flatMap((t) =>
      serviceTemplates[t.template].services.map(([name, category]) => ({
        unit: t.unitId,
        name,
        category,
        at: new Date(t.adoptAt.getTime() - DAY).toISOString(),
      })),
    ),
  );
  await db.execute(sql`
    INSERT INTO services (unit_id, name, category, opening_hours, created_at)
    SELECT r.unit, r.name, r.category::service_category, ${JSON.stringify(officeHours)}::jsonb, r.at
    FROM jsonb_to_recordset(${rows}::jsonb) AS r(unit int, name text, category text, at timestamptz)
    WHERE NOT EXISTS (SELECT 1 FROM services s WHERE s.unit_id = r.unit AND s.name = r.name)`);
}

/** An entrance poster per unit and a loket poster for its first services, printed when it adopted. */
async function insertPosters(db: Db, list: Taker[]) {
  const rows = JSON.stringify(
    list.flatMap((t) => [
      { unit: t.unitId, service: null, label: 'Pintu masuk', at: t.adoptAt.toISOString() },
      ...serviceTemplates[t.template].services
        .slice(0, t.counters)
        .map(([name]) => ({ unit: t.unitId, service: name, label: `Loket ${name}`.slice(0, 60), at: t.adoptAt.toISOString() })),
    ]),
  );
  await db.execute(sql`
    INSERT INTO posters (unit_id, service_id, label, created_at)
    SELECT r.unit, s.id, r.label, r.at
    FROM jsonb_to_recordset(${rows}::jsonb) AS r(unit int, service text, label text, at timestamptz)
    LEFT JOIN services s ON s.unit_id = r.unit AND s.name = r.service AND s.deleted_at IS NULL
    WHERE (r.service IS NULL OR s.id IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM posters p WHERE p.unit_id = r.unit AND p.label = r.label)`);
  // Tokens come from the same generator as the app's, so demo posters are as unguessable.
  const bare = await queryRows<{ id: number; at: string }>(
    db,
    sql`SELECT p.id, p.created_at AS at FROM posters p
        WHERE NOT EXISTS (SELECT 1 FROM poster_tokens t WHERE t.poster_id = p.id)`,
  );
  if (bare.length === 0) return;
  const tokens = JSON.stringify(bare.map((p) => ({ poster: p.id, token: newToken(), code: newShortCode(), at: p.at })));
  await db.execute(sql`
    INSERT INTO poster_tokens (token, poster_id, short_code, issued_at)
    SELECT r.token, r.poster, r.code, r.at
    FROM jsonb_to_recordset(${tokens}::jsonb) AS r(poster int, token text, code text, at timestamptz)
    ON CONFLICT DO NOTHING`);
}

/**
 * The Bekasi offices and venues with their services and posters. Idempotent (looked up by
 * name and label); `start` dates what is created now, so posters predate their first scan.
 */
export async function seedDemoTree(db: Db, start: Date) {
  await insertPlaces(db, start);
  const list = await takers(db, start);
  await insertServices(db, list);
  await insertPosters(db, list);
  return list.length;
}
