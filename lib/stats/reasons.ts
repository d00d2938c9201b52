import { sql } from 'drizzle-orm';
import { type RefusalReason, refusalReasons } from '@/lib/checkins/vocabulary';
import { type Db, queryRows } from '@/lib/db/client';
import type { Unit } from '@/lib/db/schema';
import { subtreeFacts } from './facts';
import type { DateRange } from './range';

export type ReasonCounts = Record<RefusalReason, number>;

/** Why visitors were turned away in the range, from the hourly rollups of the unit's subtree. */
export async function refusalsByReason(db: Db, unit: Unit, range: DateRange): Promise<ReasonCounts> {
  const rows = await queryRows<{ reason: string; n: number }>(
    db,
    sql`SELECT reason, sum(n)::int AS n FROM (${subtreeFacts(unit, range.start, range.end)}) f
        WHERE kind = 'in' AND NOT admitted GROUP BY reason`,
  );
  const counts = Object.fromEntries(refusalReasons.map((r) => [r, 0])) as ReasonCounts;
  // A refused row always names its reason; an unnamed one can only predate reasons: its status.
  for (const r of rows) counts[(refusalReasons as readonly string[]).includes(r.reason) ? (r.reason as RefusalReason) : 'status'] += r.n;
  return counts;
}
