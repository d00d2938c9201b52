import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { userCtx } from '@/lib/context';
import { loadActor } from '@/lib/auth/actor';
import { createApiKey, revokeApiKey } from '@/lib/checkins/api-keys';
import { type Db, queryRows } from '@/lib/db/client';
import { apiKeys, type OpeningHours, units, users } from '@/lib/db/schema';
import { doorHours, pointWeight, posterHoursSql } from './history-points';
import { unitFate } from './places';
import type { SimTarget } from './simulator';

export const SIM_KEY_NAME = 'Simulator demo';

/**
 * Scanner keys for the simulator: one per unit it scans at, created through the app's own
 * function (only the hash is stored; the keys live in this process's memory). The previous
 * run's keys are revoked first, so keys do not pile up over demo starts.
 */
export async function prepareSimulation(db: Db, maxUnits = 40): Promise<SimTarget[]> {
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.isSuperadmin, true)).limit(1);
  const actor = admin && (await loadActor(db, admin.id));
  if (!actor) throw new Error('No superadmin yet: seed the demo first (npm run demo or npm run seed).');

  const old = await db
    .select({ id: apiKeys.id, unit: units })
    .from(apiKeys)
    .innerJoin(units, eq(units.id, apiKeys.unitId))
    .where(and(eq(apiKeys.name, SIM_KEY_NAME), isNull(apiKeys.revokedAt)));
  for (const key of old) await revokeApiKey(userCtx(db, actor, 'apikeys.manage', key.unit), key.id);

  const posters = await queryRows<{
    unit: number; code: string | null; name: string; kind: string; token: string; entrance: boolean; tz: string; hours: OpeningHours[] | null;
  }>(
    db,
    sql`SELECT p.unit_id AS unit, u.code, u.name, u.kind, t.token, p.service_id IS NULL AS entrance, u.time_zone AS tz,
               ${posterHoursSql} AS hours
        FROM posters p
        JOIN units u ON u.id = p.unit_id
        JOIN poster_tokens t ON t.poster_id = p.id AND t.retired_at IS NULL
        LEFT JOIN services s ON s.id = p.service_id
        WHERE p.revoked_at IS NULL AND (s.id IS NULL OR (s.paused_at IS NULL AND s.deleted_at IS NULL))
        ORDER BY p.id`,
  );
  // Every office and venue, then a fixed sample of area offices, up to maxUnits.
  const byUnit = new Map<number, typeof posters>();
  for (const p of posters) byUnit.set(p.unit, [...(byUnit.get(p.unit) ?? []), p]);
  const chosen = [...byUnit.values()]
    .sort((a, b) => rank(a[0]!) - rank(b[0]!))
    .slice(0, maxUnits);

  const chosenUnits = await db.select().from(units).where(inArray(units.id, chosen.map((list) => list[0]!.unit)));
  const targets: SimTarget[] = [];
  for (const unit of chosenUnits) {
    const { key } = await createApiKey(userCtx(db, actor, 'apikeys.manage', unit), { name: SIM_KEY_NAME });
    for (const p of byUnit.get(unit.id)!) {
      targets.push({ key, token: p.token, entrance: p.entrance, weight: pointWeight(p, p.entrance), timeZone: p.tz, hours: doorHours(p.hours ?? []) });
    }
  }
  return targets;
}

function rank(p: { kind: string; code: string | null; name: string }): number {
  return (p.kind === 'agency' || p.kind === 'venue' ? 0 : 1) + unitFate(p.code ?? p.name);
}
