import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from '@/lib/audit/log';
import { can } from '@/lib/auth/permissions';
import type { Ctx } from '@/lib/context';
import { type Unit, units } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { forgetUnit } from '@/lib/checkins/lookup-cache';
import { admitsField } from '@/lib/services/input';
import { parseInput } from '@/lib/validation';

/** Which statuses an entrance poster of the unit admits (service posters follow their service). */
export async function setEntryPolicy(ctx: Ctx, input: unknown): Promise<Unit> {
  if (!can(ctx.actor, 'posters.manage', ctx.unit)) throw new AppError('forbidden');
  const { admits } = parseInput(z.object({ admits: admitsField }), input);
  const changed = await ctx.db.transaction(async (tx) => {
    const [unit] = await tx.update(units).set({ entryAdmits: admits }).where(eq(units.id, ctx.unit.id)).returning();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      unitId: ctx.unit.id,
      action: 'unit.entry_policy',
      targetType: 'unit',
      targetId: ctx.unit.id,
      before: { admits: ctx.unit.entryAdmits },
      after: { admits },
    });
    return unit!;
  });
  // After the commit: a check-in read meanwhile would cache the old policy again.
  forgetUnit(ctx.db, ctx.unit.id);
  return changed;
}
