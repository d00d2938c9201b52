import { announceChange } from '@/lib/cache/changes';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from '@/lib/audit/log';
import { can } from '@/lib/auth/permissions';
import type { Ctx, ReadCtx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { checkinEvents, posters, posterTokens, services } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { getServiceInUnit } from '@/lib/services/lookup';
import { bodyId, parseInput } from '@/lib/validation';
import { displayText } from '@/lib/validation-text';
import { newShortCode, newToken } from './tokens';

export const posterInput = z.object({
  label: displayText('Label poster', 60),
  serviceId: bodyId.nullable().default(null),
});

function assertMayManage({ actor, unit }: Ctx) {
  if (!can(actor, 'posters.manage', unit)) throw new AppError('forbidden');
}

const posterColumns = {
  id: posters.id,
  unitId: posters.unitId,
  label: posters.label,
  serviceId: posters.serviceId,
  serviceName: services.name,
  revokedAt: posters.revokedAt,
  createdAt: posters.createdAt,
  token: posterTokens.token,
  shortCode: posterTokens.shortCode,
  issuedAt: posterTokens.issuedAt,
  // Over all the poster's tokens, so a rotation keeps its history (the poster index serves both).
  scans: sql<number>`(SELECT count(*)::int FROM ${checkinEvents} e WHERE e.poster_id = ${posters.id} AND e.kind = 'in')`,
  lastScanAt: sql<Date | null>`(SELECT max(e.occurred_at) FROM ${checkinEvents} e WHERE e.poster_id = ${posters.id} AND e.kind = 'in')`.mapWith(
    (v: string | Date | null) => (v === null ? null : new Date(v)),
  ),
};

export type PosterView = {
  id: number;
  unitId: number;
  label: string;
  serviceId: number | null;
  serviceName: string | null;
  revokedAt: Date | null;
  createdAt: Date;
  token: string | null;
  shortCode: string | null;
  issuedAt: Date | null;
  scans: number;
  lastScanAt: Date | null;
};

function selectPosters(db: Db) {
  return db
    .select(posterColumns)
    .from(posters)
    .leftJoin(services, eq(services.id, posters.serviceId))
    .leftJoin(posterTokens, and(eq(posterTokens.posterId, posters.id), isNull(posterTokens.retiredAt)));
}

/** The unit's posters with their current token; revoked ones last. */
export async function listPosters({ db, unit }: Pick<Ctx, 'db' | 'unit'>): Promise<PosterView[]> {
  return selectPosters(db)
    .where(eq(posters.unitId, unit.id))
    .orderBy(asc(posters.revokedAt), asc(posters.label), asc(posters.id));
}

export async function getPosterInUnit({ db, unit }: ReadCtx, id: number): Promise<PosterView> {
  const [row] = await selectPosters(db).where(and(eq(posters.id, id), eq(posters.unitId, unit.id)));
  if (!row) throw new AppError('not_found', { message: 'Poster tidak ditemukan di unit ini.' });
  return row;
}

async function issueToken(db: Db, posterId: number) {
  const [token] = await db
    .insert(posterTokens)
    .values({ token: newToken(), shortCode: newShortCode(), posterId })
    .returning();
  return token!;
}

export async function createPoster(ctx: Ctx, input: unknown): Promise<PosterView> {
  assertMayManage(ctx);
  const data = parseInput(posterInput, input);
  return ctx.db.transaction(async (tx) => {
    if (data.serviceId !== null) await getServiceInUnit({ ...ctx, db: tx }, data.serviceId);
    const [created] = await tx
      .insert(posters)
      .values({ unitId: ctx.unit.id, label: data.label, serviceId: data.serviceId })
      .returning();
    const token = await issueToken(tx, created!.id);
    await audit(tx, ctx, 'poster.create', created!.id, null, { ...data, shortCode: token.shortCode });
    return getPosterInUnit({ ...ctx, db: tx }, created!.id);
  });
}

/** A new token and short code; the old print stops working at once. */
export async function rotatePoster(ctx: Ctx, id: number): Promise<PosterView> {
  assertMayManage(ctx);
  const result = await ctx.db.transaction(async (tx) => {
    const before = await getPosterInUnit({ ...ctx, db: tx }, id);
    if (before.revokedAt) throw new AppError('conflict', { message: 'Poster sudah dicabut.' });
    await tx
      .update(posterTokens)
      .set({ retiredAt: new Date() })
      .where(and(eq(posterTokens.posterId, id), isNull(posterTokens.retiredAt)));
    const token = await issueToken(tx, id);
    await audit(tx, ctx, 'poster.rotate', id, { shortCode: before.shortCode }, { shortCode: token.shortCode });
    return getPosterInUnit({ ...ctx, db: tx }, id);
  });
  await announceChange(ctx.db, 'posters');
  return result;
}

export async function revokePoster(ctx: Ctx, id: number): Promise<void> {
  assertMayManage(ctx);
  await ctx.db.transaction(async (tx) => {
    const before = await getPosterInUnit({ ...ctx, db: tx }, id);
    if (!before.revokedAt) await retire(tx, ctx, before, null);
  });
  await announceChange(ctx.db, 'posters');
}

/**
 * In the caller's transaction: revokes the valid posters of a service being deleted, so a
 * visitor scanning one is told at once, not after typing a NIK.
 */
export async function revokeServicePosters(tx: Db, ctx: Ctx, serviceId: number): Promise<void> {
  const rows = await tx
    .select({ id: posters.id })
    .from(posters)
    .where(and(eq(posters.serviceId, serviceId), isNull(posters.revokedAt)));
  for (const { id } of rows) await retire(tx, ctx, await getPosterInUnit({ ...ctx, db: tx }, id), { reason: 'service.delete' });
}

/** The old prints stop working: the poster and its live token end now, audited. */
async function retire(tx: Db, ctx: Ctx, poster: PosterView, after: unknown) {
  const now = new Date();
  await tx.update(posters).set({ revokedAt: now }).where(eq(posters.id, poster.id));
  await tx
    .update(posterTokens)
    .set({ retiredAt: now })
    .where(and(eq(posterTokens.posterId, poster.id), isNull(posterTokens.retiredAt)));
  await audit(tx, ctx, 'poster.revoke', poster.id, { label: poster.label, shortCode: poster.shortCode }, after);
}

function audit(db: Db, ctx: Ctx, action: string, id: number, before: unknown, after: unknown) {
  return writeAudit(db, {
    actorId: ctx.actor.id,
    unitId: ctx.unit.id,
    action,
    targetType: 'poster',
    targetId: id,
    before,
    after,
  });
}
