import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type Poster, posters, posterTokens, type Service, services, type Unit, units } from '@/lib/db/schema';
import { LookupCache } from '@/lib/cache/lookup';
import { onChange } from '@/lib/cache/changes';
import { TOKEN_PATTERN } from './tokens';

export type ResolvedPoster =
  | { state: 'valid'; poster: Poster; unit: Unit; service: Service | null; shortCode: string }
  | { state: 'retired' | 'revoked'; poster: Poster; unit: Unit }
  | { state: 'unknown' };

/** What a scanned token points at; a malformed token is simply unknown. */
export async function resolvePosterToken(db: Db, token: string): Promise<ResolvedPoster> {
  if (!TOKEN_PATTERN.test(token)) return { state: 'unknown' };
  const [row] = await db
    .select({ tok: posterTokens, poster: posters, unit: units, service: services })
    .from(posterTokens)
    .innerJoin(posters, eq(posters.id, posterTokens.posterId))
    .innerJoin(units, eq(units.id, posters.unitId))
    .leftJoin(services, eq(services.id, posters.serviceId))
    .where(eq(posterTokens.token, token));
  if (!row) return { state: 'unknown' };
  if (row.poster.revokedAt) return { state: 'revoked', poster: row.poster, unit: row.unit };
  if (row.tok.retiredAt) return { state: 'retired', poster: row.poster, unit: row.unit };
  return { state: 'valid', poster: row.poster, unit: row.unit, service: row.service, shortCode: row.tok.shortCode };
}

/** The current token behind a typed short code, if the poster is still in use. */
export async function tokenForShortCode(db: Db, shortCode: string): Promise<string | null> {
  const [row] = await db
    .select({ token: posterTokens.token, retiredAt: posterTokens.retiredAt })
    .from(posterTokens)
    .where(eq(posterTokens.shortCode, shortCode));
  return row && !row.retiredAt ? row.token : null;
}

const tokens = new LookupCache<string, ResolvedPoster>('door-posters', 30_000);
onChange('posters', () => tokens.clear());

/**
 * The door's view of a token: read once per half minute per process at most, and dropped on
 * every instance when a poster is rotated or revoked or its service changes or pauses.
 */
export function cachedPosterToken(db: Db, token: string): Promise<ResolvedPoster> {
  return tokens.get(db, token, () => resolvePosterToken(db, token));
}
