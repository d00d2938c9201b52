import { sql } from 'drizzle-orm';
import type { ReadCtx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';

export const setupSteps = ['service', 'poster', 'print', 'checkin'] as const;
export type SetupStep = (typeof setupSteps)[number];

/**
 * How far a unit's own set-up has come: a service, a poster in use, a poster printed or
 * downloaded (its audit entry), a first check-in. One round trip of four EXISTS probes.
 */
export async function setupProgress({ db, unit }: ReadCtx): Promise<Record<SetupStep, boolean>> {
  const [row] = await queryRows<Record<SetupStep, boolean>>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM services WHERE unit_id = ${unit.id} AND deleted_at IS NULL) AS service,
               EXISTS (SELECT 1 FROM posters WHERE unit_id = ${unit.id} AND revoked_at IS NULL) AS poster,
               EXISTS (SELECT 1 FROM audit_log WHERE unit_id = ${unit.id} AND action = 'poster.download') AS print,
               EXISTS (SELECT 1 FROM checkin_events WHERE unit_id = ${unit.id}) AS checkin`,
  );
  return row!;
}
