import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { ReadCtx } from '@/lib/context';
import { entryPolicies, posters, posterTokens, units } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { inSubtree, pathIds } from '@/lib/tenancy/units';
import { composePoster, type PosterContent } from './content';

/** Pages one PDF may hold: past this, print from a unit further down (measured: 200 pages in 0.35 s). */
const BULK_MAX_POSTERS = 500;

/**
 * The door posters (no service) in use at every unit below this one, in tree order, ready to
 * print in one run: the kecamatan prints its kelurahan's doors. Three reads whatever the count:
 * the posters, the names on their units' paths, and the policies along those paths.
 */
export async function doorPostersBelow(
  { db, unit }: ReadCtx,
  now = new Date(),
): Promise<PosterContent[]> {
  const rows = await db
    .select({
      id: posters.id,
      label: posters.label,
      token: posterTokens.token,
      shortCode: posterTokens.shortCode,
      issuedAt: posterTokens.issuedAt,
      unit: {
        id: units.id,
        name: units.name,
        kind: units.kind,
        timeZone: units.timeZone,
        path: units.path,
      },
    })
    .from(posters)
    .innerJoin(units, eq(units.id, posters.unitId))
    .innerJoin(
      posterTokens,
      and(eq(posterTokens.posterId, posters.id), isNull(posterTokens.retiredAt)),
    )
    .where(
      and(
        inSubtree(unit),
        ne(units.id, unit.id),
        isNull(posters.serviceId),
        isNull(posters.revokedAt),
      ),
    )
    .orderBy(asc(units.path), asc(posters.label), asc(posters.id))
    .limit(BULK_MAX_POSTERS + 1);
  if (rows.length > BULK_MAX_POSTERS) {
    throw new AppError('invalid', {
      message: `Lebih dari ${BULK_MAX_POSTERS} poster pintu di bawah unit ini: cetak dari kecamatan atau unit yang lebih kecil.`,
    });
  }
  const onPaths = [...new Set(rows.flatMap((r) => pathIds(r.unit.path)))];
  const [names, policies] = onPaths.length
    ? await Promise.all([
        db
          .select({ id: units.id, name: units.name, kind: units.kind })
          .from(units)
          .where(inArray(units.id, onPaths)),
        db
          .select()
          .from(entryPolicies)
          .where(inArray(entryPolicies.unitId, onPaths))
          .orderBy(asc(entryPolicies.effectiveFrom), asc(entryPolicies.id)),
      ])
    : [[], []];
  const byId = new Map(names.map((u) => [u.id, u]));
  return rows.map((r) => {
    const unitIds = pathIds(r.unit.path);
    const chain = { unitIds, policies: policies.filter((p) => unitIds.includes(p.unitId)) };
    const trail = unitIds.flatMap((id) => byId.get(id) ?? []);
    return composePoster(
      { unit: r.unit, trail, chain, service: null },
      { ...r, serviceName: null },
      now,
    );
  });
}
