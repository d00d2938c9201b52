import { inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { vaccinationRegistry } from '@/lib/db/schema';
import type { Status } from '@/lib/services/vocabulary';

/** Where a visitor's status comes from; the built-in one is the imported registry. */
export interface StatusProvider {
  /** Statuses of many visitors at once: the writer asks once per batch, not once per scan. */
  statusOf(visitorKeys: string[]): Promise<Map<string, Status>>;
}

export function statusFromRecord(record: { doses: number; positive: boolean } | undefined): Status {
  if (!record) return 'tidak_tercatat'; // unknown is not unvaccinated: a typo, or a missing record
  if (record.positive) return 'hitam';
  if (record.doses >= 2) return 'hijau';
  if (record.doses === 1) return 'kuning';
  return 'merah';
}

export function registryProvider(db: Db): StatusProvider {
  return {
    async statusOf(visitorKeys) {
      const unique = [...new Set(visitorKeys)];
      const records = unique.length
        ? await db.select().from(vaccinationRegistry).where(inArray(vaccinationRegistry.visitorKey, unique))
        : [];
      const byKey = new Map(records.map((r) => [r.visitorKey, r]));
      return new Map(unique.map((key) => [key, statusFromRecord(byKey.get(key))]));
    },
  };
}

/** Hitam (positive or close contact) is never admitted, whatever a policy says. */
export function isAdmitted(status: Status, admits: readonly Status[]): boolean {
  return status !== 'hitam' && admits.includes(status);
}
