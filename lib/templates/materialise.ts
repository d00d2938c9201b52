import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { serviceTemplates, services } from '@/lib/db/schema';
import { templateFields } from '@/lib/services/vocabulary';

/**
 * Writes into adopted services in use (those `where` picks) the effective value of every field: the
 * adopter's own where it overrode the field (kept in the service's column), else the template's.
 *
 * Materialised rather than resolved at read time, so the check-in path reads one services row as
 * it does for any service, and a template change costs one UPDATE over its adopters instead of a
 * join on every scan. The caller announces the change (`posters`) once it commits, which drops
 * the door's cached posters and the services they carry in every instance.
 */
export async function materialise(db: Db, where: SQL | undefined): Promise<number> {
  const set = Object.fromEntries(
    templateFields.map((f) => [
      f,
      sql`CASE WHEN ${f}::text = ANY(${services.overridden}) THEN ${services[f]} ELSE ${serviceTemplates[f]} END`,
    ]),
  );
  const updated = await db
    .update(services)
    .set(set)
    .from(serviceTemplates)
    .where(and(eq(services.templateId, serviceTemplates.id), isNull(services.deletedAt), where))
    .returning({ id: services.id });
  return updated.length;
}
