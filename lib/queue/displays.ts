import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from '@/lib/audit/log';
import { authorizeDisplay, type DisplayAuthority } from '@/lib/auth/authorized-unit';
import { can } from '@/lib/auth/permissions';
import { issueSecret, secretHash } from '@/lib/auth/secrets';
import { announceChange, onChange } from '@/lib/cache/changes';
import { LookupCache } from '@/lib/cache/lookup';
import { cachedUnit } from '@/lib/checkins/lookup-cache';
import { publicUrl } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { queueDisplays } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { displayText } from '@/lib/validation-text';

const TOKEN = /^lyr_[A-Za-z0-9_-]{32}$/;
// A revocation reaches every instance at once (lib/cache/changes.ts); open streams re-check too.
const tokens = new LookupCache<string, { displayId: number; unitId: number }>(
  'queue-displays',
  60_000,
);
onChange('displays', () => tokens.clear());

const displayUrl = (token: string) => `${publicUrl()}/layar/${token}`;

function assertMayManage({ actor, unit }: Ctx) {
  if (!can(actor, 'displays.manage', unit)) throw new AppError('forbidden');
}

export async function listDisplays({ db, unit }: Pick<Ctx, 'db' | 'unit'>) {
  return db
    .select({
      id: queueDisplays.id,
      name: queueDisplays.name,
      prefix: queueDisplays.prefix,
      createdAt: queueDisplays.createdAt,
      revokedAt: queueDisplays.revokedAt,
    })
    .from(queueDisplays)
    .where(eq(queueDisplays.unitId, unit.id))
    .orderBy(desc(queueDisplays.createdAt));
}

/** The display's link is returned once; only its token's hash is stored (lib/auth/secrets.ts). */
export async function createDisplay(ctx: Ctx, input: unknown) {
  assertMayManage(ctx);
  const { name } = parseInput(z.object({ name: displayText('Nama layar', 80) }), input);
  const { secret: token, prefix, hash } = issueSecret('lyr');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(queueDisplays)
      .values({
        unitId: ctx.unit.id,
        name,
        prefix,
        tokenHash: hash,
        createdBy: ctx.actor.id,
      })
      .returning({ id: queueDisplays.id, name: queueDisplays.name, prefix: queueDisplays.prefix });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      unitId: ctx.unit.id,
      action: 'display.create',
      targetType: 'queue_display',
      targetId: row!.id,
      after: { name, prefix: row!.prefix },
    });
    return { ...row!, token, url: displayUrl(token) };
  });
}

export async function revokeDisplay(ctx: Ctx, id: number) {
  assertMayManage(ctx);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(queueDisplays)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(queueDisplays.id, id),
          eq(queueDisplays.unitId, ctx.unit.id),
          isNull(queueDisplays.revokedAt),
        ),
      )
      .returning({ name: queueDisplays.name });
    if (!row) throw new AppError('not_found', { message: 'Layar tidak ditemukan di unit ini.' });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      unitId: ctx.unit.id,
      action: 'display.revoke',
      targetType: 'queue_display',
      targetId: id,
      before: { name: row.name },
    });
  });
  await announceChange(ctx.db, 'displays');
}

/** The display's context: the unit its token belongs to; a malformed, unknown or revoked token is not found (404). */
export async function authenticateDisplay(db: Db, token: string): Promise<Ctx<DisplayAuthority>> {
  if (!TOKEN.test(token))
    throw new AppError('not_found', { message: 'Layar antrean tidak dikenal atau sudah dicabut.' });
  const tokenHash = secretHash(token);
  const { displayId, unitId } = await tokens.get(db, tokenHash, async () => {
    const [row] = await db
      .select({
        displayId: queueDisplays.id,
        unitId: queueDisplays.unitId,
        revokedAt: queueDisplays.revokedAt,
      })
      .from(queueDisplays)
      .where(eq(queueDisplays.tokenHash, tokenHash));
    if (!row || row.revokedAt)
      throw new AppError('not_found', {
        message: 'Layar antrean tidak dikenal atau sudah dicabut.',
      });
    return row;
  });
  return {
    db,
    actor: { kind: 'display', displayId },
    unit: authorizeDisplay({ unitId, revokedAt: null }, await cachedUnit(db, unitId)),
  };
}
