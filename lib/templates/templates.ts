import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { writeAudit } from '@/lib/audit/log';
import { announceChange } from '@/lib/cache/changes';
import type { Ctx, ReadCtx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import {
  type ServiceTemplate,
  serviceTemplates,
  services,
  type Unit,
  units,
} from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { settingsOf } from '@/lib/services/inherited';
import { serviceInput } from '@/lib/services/input';
import { assertMayManage } from '@/lib/services/services';
import { type TemplateField, templateOwnerKinds } from '@/lib/services/vocabulary';
import { parseInput } from '@/lib/validation';
import { materialise } from './materialise';

/** A unit below that adopted a template, and the fields it made its own with their values. */
type Adopter = {
  unit: Pick<Unit, 'id' | 'name' | 'kind'>;
  serviceId: number;
  overrides: { field: TemplateField; value: unknown }[];
};

type OwnTemplate = ServiceTemplate & { adopters: Adopter[] };

/** A template is a service's settings without the queue letter, which each unit picks for its own counters. */
const templateInput = serviceInput.omit({ queueLetter: true });

export const ownsTemplates = (unit: Pick<Unit, 'kind'>) =>
  (templateOwnerKinds as readonly string[]).includes(unit.kind);

function assertOwner(unit: Unit) {
  if (!ownsTemplates(unit)) {
    throw new AppError('forbidden', {
      message: 'Templat layanan hanya dapat dibuat oleh kabupaten, kota atau kecamatan.',
    });
  }
}

/** One template the unit owns, or not_found (another unit's template is not found either). */
async function getTemplateInUnit(
  { db, unit }: ReadCtx,
  id: number,
): Promise<ServiceTemplate> {
  const [row] = await db
    .select()
    .from(serviceTemplates)
    .where(and(eq(serviceTemplates.id, id), eq(serviceTemplates.unitId, unit.id)));
  if (!row)
    throw new AppError('not_found', { message: 'Templat layanan tidak ditemukan di unit ini.' });
  return row;
}

/** The unit's templates, each with the units that adopted it and what each overrode. */
export async function listOwnTemplates({ db, unit }: ReadCtx): Promise<OwnTemplate[]> {
  const templates = await db
    .select()
    .from(serviceTemplates)
    .where(eq(serviceTemplates.unitId, unit.id))
    .orderBy(asc(sql`lower(${serviceTemplates.name})`), asc(serviceTemplates.id));
  if (templates.length === 0) return [];
  const adopted = await db
    .select({ service: services, unit: { id: units.id, name: units.name, kind: units.kind } })
    .from(services)
    .innerJoin(units, eq(units.id, services.unitId))
    .where(
      and(
        inArray(
          services.templateId,
          templates.map((t) => t.id),
        ),
        isNull(services.deletedAt),
      ),
    )
    .orderBy(asc(units.name));
  return templates.map((t) => ({
    ...t,
    adopters: adopted
      .filter((a) => a.service.templateId === t.id)
      .map((a) => ({
        unit: a.unit,
        serviceId: a.service.id,
        overrides: a.service.overridden.map((field) => ({ field, value: a.service[field] })),
      })),
  }));
}

export async function createTemplate(ctx: Ctx, input: unknown): Promise<ServiceTemplate> {
  assertMayManage(ctx);
  assertOwner(ctx.unit);
  const data = parseInput(templateInput, input);
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(serviceTemplates)
      .values({ ...data, unitId: ctx.unit.id })
      .returning();
    await audit(tx, ctx, 'template.create', created!.id, null, data);
    return created!;
  });
}

/** Changes the template and, in one statement, every adopter's service but its own fields. */
export async function updateTemplate(
  ctx: Ctx,
  id: number,
  input: unknown,
): Promise<ServiceTemplate> {
  assertMayManage(ctx);
  const data = parseInput(templateInput, input);
  const result = await ctx.db.transaction(async (tx) => {
    const before = await getTemplateInUnit({ ...ctx, db: tx }, id);
    const [updated] = await tx
      .update(serviceTemplates)
      .set({ ...data, updatedAt: new Date() })
      .where(eq(serviceTemplates.id, id))
      .returning();
    const adopters = await materialise(tx, eq(services.templateId, id));
    await audit(tx, ctx, 'template.update', id, settingsOf(before), { ...data, adopters });
    return updated!;
  });
  await announceChange(ctx.db, 'posters');
  return result;
}

/** Deletes the template; its adopters keep their services as they are, now wholly their own. */
export async function deleteTemplate(ctx: Ctx, id: number): Promise<void> {
  assertMayManage(ctx);
  await ctx.db.transaction(async (tx) => {
    const before = await getTemplateInUnit({ ...ctx, db: tx }, id);
    const detached = await tx
      .update(services)
      .set({ templateId: null, overridden: [] })
      .where(eq(services.templateId, id))
      .returning({ id: services.id });
    await tx.delete(serviceTemplates).where(eq(serviceTemplates.id, id));
    await audit(tx, ctx, 'template.delete', id, settingsOf(before), { detached: detached.length });
  });
}

function audit(db: Db, ctx: Ctx, action: string, id: number, before: unknown, after: unknown) {
  return writeAudit(db, {
    actorId: ctx.actor.id,
    unitId: ctx.unit.id,
    action,
    targetType: 'service_template',
    targetId: id,
    before,
    after,
  });
}
