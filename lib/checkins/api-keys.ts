import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from '@/lib/audit/log';
import { authorizeKeyUnit, type ScannerAuthority } from '@/lib/auth/authorized-unit';
import { can } from '@/lib/auth/permissions';
import { issueSecret, secretHash } from '@/lib/auth/secrets';
import type { Ctx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { apiKeys } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { announceChange, onChange } from '@/lib/cache/changes';
import { LookupCache } from '@/lib/cache/lookup';
import { cachedUnit } from './lookup-cache';
import { displayText } from '@/lib/validation-text';

// A revocation takes effect at once in every instance (lib/cache/changes.ts).
const keys = new LookupCache<string, { keyId: number; unitId: number }>('api-keys', 60_000);
onChange('api-keys', () => keys.clear());

function assertMayManage({ actor, unit }: Ctx) {
  if (!can(actor, 'apikeys.manage', unit)) throw new AppError('forbidden');
}

export async function listApiKeys({ db, unit }: Pick<Ctx, 'db' | 'unit'>) {
  return db
    .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(eq(apiKeys.unitId, unit.id))
    .orderBy(desc(apiKeys.createdAt));
}

/** The key is returned once; only its hash is stored (lib/auth/secrets.ts). */
export async function createApiKey(ctx: Ctx, input: unknown) {
  assertMayManage(ctx);
  const { name } = parseInput(z.object({ name: displayText('Nama kunci', 80) }), input);
  const { secret: key, prefix, hash } = issueSecret('pnd');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({ unitId: ctx.unit.id, name, prefix, keyHash: hash, createdBy: ctx.actor.id })
      .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix });
    await writeAudit(tx, { actorId: ctx.actor.id, unitId: ctx.unit.id, action: 'apikey.create', targetType: 'api_key', targetId: row!.id, after: { name, prefix: row!.prefix } });
    return { ...row!, key };
  });
}

export async function revokeApiKey(ctx: Ctx, id: number) {
  assertMayManage(ctx);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, id), eq(apiKeys.unitId, ctx.unit.id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, name: apiKeys.name });
    if (!row) throw new AppError('not_found', { message: 'Kunci API tidak ditemukan di unit ini.' });
    await writeAudit(tx, { actorId: ctx.actor.id, unitId: ctx.unit.id, action: 'apikey.revoke', targetType: 'api_key', targetId: id, before: { name: row.name } });
  });
  await announceChange(ctx.db, 'api-keys');
}

/** The scanner's context: the unit a bearer key belongs to; a missing, unknown or revoked key is a 401. */
export async function authenticateApiKey(db: Db, header: string | null): Promise<Ctx<ScannerAuthority>> {
  const key = header?.match(/^Bearer\s+(pnd_[A-Za-z0-9_-]{32})$/)?.[1];
  if (!key) throw new AppError('unauthorized', { message: 'Kunci API tidak ada atau tidak valid.' });
  const keyHash = secretHash(key);
  const { keyId, unitId } = await keys.get(db, keyHash, async () => {
    const [row] = await db
      .select({ keyId: apiKeys.id, revokedAt: apiKeys.revokedAt, unitId: apiKeys.unitId })
      .from(apiKeys)
      .where(eq(apiKeys.keyHash, keyHash));
    if (!row || row.revokedAt) throw new AppError('unauthorized', { message: 'Kunci API tidak dikenal atau sudah dicabut.' });
    return { keyId: row.keyId, unitId: row.unitId };
  });
  return { db, actor: { kind: 'api-key', keyId }, unit: authorizeKeyUnit({ unitId }, await cachedUnit(db, unitId)) };
}
