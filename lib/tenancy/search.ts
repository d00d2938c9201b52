import { sql } from 'drizzle-orm';
import type { UserCtx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import type { UnitKind } from '@/lib/db/schema';
import { inSubtree } from './units';

export type UnitHit = { id: number; name: string; kind: UnitKind; code: string | null; context: string };

const CODE = /^\d{2}(\.\d{0,2}){0,2}(\.\d{0,4})?$/;

/**
 * Finds units by name (trigram index) or Kemendagri code prefix, only inside the subtrees the
 * actor holds a role on; `context` names the parent and grandparent to tell namesakes apart.
 */
export async function searchUnits({ db, actor }: UserCtx, query: string, limit = 20): Promise<UnitHit[]> {
  // A search box is lenient: control characters (a NUL would fail the query) are dropped, not refused.
  const q = query.replace(/[\u0000-\u001f\u007f]/g, '').trim().toLowerCase().slice(0, 100);
  if (!q) return [];
  const scopes = actor.isSuperadmin ? ['/'] : [...new Set(actor.memberships.map((m) => m.unitPath))];
  if (scopes.length === 0) return [];
  const match = CODE.test(q)
    ? sql`u.code LIKE ${`${q}%`}`
    : sql`lower(u.name) LIKE ${`%${q.replace(/[\\%_]/g, '\\$&')}%`}`;
  const inScope = sql.join(
    scopes.map((path) => inSubtree({ path }, sql`u.path`)),
    sql` OR `,
  );
  return queryRows<UnitHit>(
    db,
    sql`SELECT u.id, u.name, u.kind, u.code,
               concat_ws(', ', p.name, g.name) AS context
        FROM units u
        LEFT JOIN units p ON p.id = u.parent_id
        LEFT JOIN units g ON g.id = p.parent_id
        WHERE ${match} AND (${inScope})
        ORDER BY (lower(u.name) = ${q}) DESC, (lower(u.name) LIKE ${`${q}%`}) DESC, u.depth, u.name
        LIMIT ${limit}`,
  );
}
