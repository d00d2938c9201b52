import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { announceChange } from '@/lib/cache/changes';
import type { Ctx, ReadCtx } from '@/lib/context';
import {
  type Service,
  type ServiceTemplate,
  serviceTemplates,
  services,
  type Unit,
  units,
} from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { settingsOf } from '@/lib/services/inherited';
import { getServiceInUnit } from '@/lib/services/lookup';
import { assertMayManage, audit, snapshot } from '@/lib/services/services';
import { templateFields } from '@/lib/services/vocabulary';
import { pathIds } from '@/lib/tenancy/units';
import { bodyId, parseInput } from '@/lib/validation';
import { materialise } from './materialise';

/** A template of a unit above, and the service this unit made of it if it adopted it. */
type OfferedTemplate = ServiceTemplate & {
  owner: Pick<Unit, 'id' | 'name' | 'kind'>;
  serviceId: number | null;
};

/** The units above this one (not itself): whose templates it may adopt. */
const ownersAbove = (unit: Unit) => pathIds(unit.path).filter((id) => id !== unit.id);

/**
 * The templates of every unit above this one, nearest owner first: the only templates a unit
 * sees, so another regency's are never listed.
 */
export async function listOfferedTemplates({ db, unit }: ReadCtx): Promise<OfferedTemplate[]> {
  const owners = ownersAbove(unit);
  if (owners.length === 0) return [];
  const rows = await db
    .select({
      template: serviceTemplates,
      owner: { id: units.id, name: units.name, kind: units.kind },
      serviceId: services.id,
    })
    .from(serviceTemplates)
    .innerJoin(units, eq(units.id, serviceTemplates.unitId))
    .leftJoin(
      services,
      and(
        eq(services.templateId, serviceTemplates.id),
        eq(services.unitId, unit.id),
        isNull(services.deletedAt),
      ),
    )
    .where(inArray(serviceTemplates.unitId, owners))
    .orderBy(
      desc(units.depth),
      asc(sql`lower(${serviceTemplates.name})`),
      asc(serviceTemplates.id),
    );
  return rows.map(({ template, owner, serviceId }) => ({ ...template, owner, serviceId }));
}

/** A template of a unit above this one, or not_found: this unit may not see any other. */
async function offeredTemplate({ db, unit }: ReadCtx, id: number): Promise<ServiceTemplate> {
  const owners = ownersAbove(unit);
  const [row] = owners.length
    ? await db
        .select()
        .from(serviceTemplates)
        .where(and(eq(serviceTemplates.id, id), inArray(serviceTemplates.unitId, owners)))
    : [];
  if (!row)
    throw new AppError('not_found', { message: 'Templat layanan tidak ditemukan untuk unit ini.' });
  return row;
}

const adoptInput = z.object({ templateId: bodyId });

/** One click: a service of this unit that follows the template in every field. */
export async function adoptTemplate(ctx: Ctx, input: unknown): Promise<Service> {
  assertMayManage(ctx);
  const { templateId } = parseInput(adoptInput, input);
  return ctx.db.transaction(async (tx) => {
    const template = await offeredTemplate({ db: tx, unit: ctx.unit }, templateId);
    const [created] = await tx
      .insert(services)
      .values({ ...settingsOf(template), unitId: ctx.unit.id, templateId })
      .onConflictDoNothing()
      .returning();
    if (!created)
      throw new AppError('conflict', { message: 'Unit ini sudah memakai templat layanan ini.' });
    await audit(tx, ctx, 'service.adopt', created.id, null, {
      templateId,
      ...settingsOf(template),
    });
    return created;
  });
}

/** Puts a field of an adopted service back on the template's value, following it from now on. */
export async function returnToTemplate(
  ctx: Ctx,
  serviceId: number,
  rawField: string,
): Promise<Service> {
  assertMayManage(ctx);
  const field = templateFields.find((f) => f === rawField);
  if (!field) throw new AppError('not_found', { message: 'Kolom layanan ini tidak dikenal.' });
  const result = await ctx.db.transaction(async (tx) => {
    const before = await getServiceInUnit({ db: tx, unit: ctx.unit }, serviceId);
    if (before.templateId === null) {
      throw new AppError('conflict', { message: 'Layanan ini tidak mengikuti templat.' });
    }
    if (!before.overridden.includes(field)) return before;
    await tx
      .update(services)
      .set({ overridden: before.overridden.filter((f) => f !== field) })
      .where(eq(services.id, serviceId));
    await materialise(tx, eq(services.id, serviceId));
    const after = await getServiceInUnit({ db: tx, unit: ctx.unit }, serviceId);
    await audit(tx, ctx, 'service.inherit', serviceId, snapshot(before), {
      field,
      value: after[field],
    });
    return after;
  });
  await announceChange(ctx.db, 'posters');
  return result;
}
