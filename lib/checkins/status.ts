import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';
import type { Status } from '@/lib/services/vocabulary';

/** One visitor at one door: the door's unit decides which records may speak. */
export type StatusLookup = { visitorKey: string; unitId: number };

/** Where a visitor's status comes from; the built-in one is the imported registry. */
export interface StatusProvider {
  /**
   * The status of each visitor at each door, in the order asked: the writer asks once per
   * batch, not once per scan. An identity the provider does not know is `tidak_tercatat`.
   */
  statusAt(lookups: readonly StatusLookup[]): Promise<Status[]>;
}

type RegistryRecord = { doses: number; positive: boolean };

export function statusFromRecord(record: RegistryRecord | undefined): Status {
  if (!record) return 'tidak_tercatat';
  if (record.positive) return 'hitam';
  if (record.doses >= 2) return 'hijau';
  if (record.doses === 1) return 'kuning';
  return 'merah';
}

/**
 * A door consults only records written by a health unit whose subtree holds the door's unit
 * (the writer's path is a prefix of the door's); of those, the most recently changed speaks,
 * the nearer writer on a tie. One statement for the whole batch, on the registry's key.
 *
 * Each lookup is a lateral subquery (OFFSET 0 keeps the planner from flattening it): the
 * planner cannot know how few rows a JSON batch holds, and would otherwise hash the whole
 * registry and every unit for a handful of scans.
 */
export function registryProvider(db: Db): StatusProvider {
  return {
    async statusAt(lookups) {
      if (lookups.length === 0) return [];
      const input = JSON.stringify(
        lookups.map((l, ord) => ({ ord, key: l.visitorKey, unit: l.unitId })),
      );
      const found = await queryRows<RegistryRecord & { ord: number }>(
        db,
        sql`SELECT l.ord, pick.doses, pick.positive
            FROM jsonb_to_recordset(${input}::jsonb) AS l(ord int, key text, unit int)
            CROSS JOIN LATERAL (SELECT path FROM units WHERE id = l.unit OFFSET 0) door
            CROSS JOIN LATERAL (
              SELECT r.doses, r.positive
              FROM vaccination_registry r
              CROSS JOIN LATERAL (SELECT w.path, w.depth FROM units w WHERE w.id = r.source_unit_id OFFSET 0) writer
              WHERE r.visitor_key = l.key AND starts_with(door.path, writer.path)
              ORDER BY r.updated_at DESC, writer.depth DESC
              LIMIT 1
            ) pick`,
      );
      const byOrd = new Map(found.map((r) => [r.ord, r]));
      return lookups.map((_, ord) => statusFromRecord(byOrd.get(ord)));
    },
  };
}

/** Hitam (positive or close contact) is never admitted, whatever a policy says. */
export function isAdmitted(status: Status, admits: readonly Status[]): boolean {
  return status !== 'hitam' && admits.includes(status);
}
