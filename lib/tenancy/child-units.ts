import { z } from 'zod';
import { writeAudit } from '@/lib/audit/log';
import { can } from '@/lib/auth/permissions';
import { units } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import type { Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation';
import { hasControlChars } from '@/lib/validation-text';

export const childUnitInput = z.object({
  kind: z.enum(['agency', 'venue'], { error: 'Pilih jenis: instansi atau tempat usaha.' }),
  name: z
    .string({ error: 'Nama unit wajib diisi.' })
    .trim()
    .min(3, 'Nama unit paling sedikit 3 karakter.')
    .max(150, 'Nama unit paling panjang 150 karakter.')
    .refine((s) => !hasControlChars(s), 'Nama unit berisi karakter yang tidak valid.'),
});

/**
 * Agencies (a dinas, a puskesmas) and registered venues (a factory, a minimarket) hang under
 * the unit that oversees them; administrative areas come only from the Kemendagri import.
 */
export async function createChildUnit(ctx: Ctx, input: unknown) {
  if (!can(ctx.actor, 'units.manage', ctx.unit)) throw new AppError('forbidden');
  if (ctx.unit.kind === 'venue') {
    throw new AppError('invalid', { message: 'Tempat usaha tidak dapat memiliki unit di bawahnya.' });
  }
  const data = parseInput(childUnitInput, input);
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(units)
      .values({ kind: data.kind, name: data.name, parentId: ctx.unit.id, timeZone: ctx.unit.timeZone })
      .returning();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      unitId: ctx.unit.id,
      action: 'unit.create',
      targetType: 'unit',
      targetId: created!.id,
      after: { kind: data.kind, name: data.name },
    });
    return created!;
  });
}
