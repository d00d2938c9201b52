import { sql } from 'drizzle-orm';
import { type RefusalReason, refusalReasons } from '@/lib/checkins/vocabulary';
import type { ReadCtx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import { subtreeFacts } from './facts';
import type { DateRange } from './range';

export type ReasonCounts = Record<RefusalReason, number>;

/** Why visitors were turned away in the range, from the hourly rollups of the unit's subtree. */
export async function refusalsByReason(ctx: ReadCtx, range: DateRange): Promise<ReasonCounts> {
  const { db, unit } = ctx;
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
