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
        sql`SELECT DISTINCT ON (l.ord) l.ord, r.doses, r.positive
            FROM jsonb_to_recordset(${input}::jsonb) AS l(ord int, key text, unit int)
            JOIN units door ON door.id = l.unit
            JOIN vaccination_registry r ON r.visitor_key = l.key
            JOIN units writer ON writer.id = r.source_unit_id
            WHERE starts_with(door.path, writer.path)
            ORDER BY l.ord, r.updated_at DESC, writer.depth DESC`,
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
