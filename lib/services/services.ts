import { announceChange } from '@/lib/cache/changes';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from '@/lib/audit/log';
import { can } from '@/lib/auth/permissions';
import type { Ctx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { type Service, services } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { revokeServicePosters } from '@/lib/posters/posters';
import { assertLetterFree } from '@/lib/queue/letters';
import { parseInput } from '@/lib/validation';
import { adopterEdit, settingsOf } from './inherited';
import { officeHours, serviceInput } from './input';
import { getServiceInUnit } from './lookup';
import { serviceTemplateKeys, serviceTemplates } from './templates';

export function assertMayManage({ actor, unit }: Ctx) {
  if (!can(actor, 'services.manage', unit)) throw new AppError('forbidden');
}

/** The unit's services, deleted ones left out. */
export async function listServices({ db, unit }: Pick<Ctx, 'db' | 'unit'>): Promise<Service[]> {
  return db
    .select()
    .from(services)
    .where(and(eq(services.unitId, unit.id), isNull(services.deletedAt)))
    .orderBy(asc(services.name));
}

export async function createService(ctx: Ctx, input: unknown): Promise<Service> {
  assertMayManage(ctx);
  const data = parseInput(serviceInput, input);
  return ctx.db.transaction(async (tx) => {
    await assertLetterFree(tx, ctx.unit.id, data.queueLetter);
    const [created] = await tx.insert(services).values({ ...data, unitId: ctx.unit.id }).returning();
    await audit(tx, ctx, 'service.create', created!.id, null, data);
    return created!;
  });
}

export async function updateService(ctx: Ctx, id: number, input: unknown): Promise<Service> {
  assertMayManage(ctx);
  const data = parseInput(serviceInput, input);
  const result = await ctx.db.transaction(async (tx) => {
    const before = await getServiceInUnit({ ...ctx, db: tx }, id);
    await assertLetterFree(tx, ctx.unit.id, data.queueLetter, id);
    // The queue letter is the unit's own at every service: no template hands one down.
    const set = before.templateId === null ? data : { ...adopterEdit(before, data), queueLetter: data.queueLetter };
    const [updated] = await tx.update(services).set(set).where(eq(services.id, id)).returning();
    await audit(tx, ctx, 'service.update', id, snapshot(before), set);
    return updated!;
  });
  await announceChange(ctx.db, 'posters');
  return result;
}

export async function setServicePaused(ctx: Ctx, id: number, paused: boolean): Promise<Service> {
  assertMayManage(ctx);
  const result = await ctx.db.transaction(async (tx) => {
    const before = await getServiceInUnit({ ...ctx, db: tx }, id);
    const [updated] = await tx
      .update(services)
      .set({ pausedAt: paused ? (before.pausedAt ?? new Date()) : null })
      .where(eq(services.id, id))
      .returning();
    await audit(tx, ctx, paused ? 'service.pause' : 'service.resume', id, { paused: !!before.pausedAt }, { paused });
    return updated!;
  });
  await announceChange(ctx.db, 'posters');
  return result;
}

/** Deleting hides the service but keeps its row, so past check-ins still count; its counters' posters are revoked with it. */
export async function deleteService(ctx: Ctx, id: number): Promise<void> {
  assertMayManage(ctx);
  await ctx.db.transaction(async (tx) => {
    const before = await getServiceInUnit({ ...ctx, db: tx }, id);
    await tx.update(services).set({ deletedAt: new Date() }).where(eq(services.id, id));
    await audit(tx, ctx, 'service.delete', id, snapshot(before), null);
    await revokeServicePosters(tx, ctx, id);
  });
  await announceChange(ctx.db, 'posters');
}

const templateInput = z.object({
  template: z.enum(serviceTemplateKeys, { error: 'Pilih templat layanan.' }),
});

/** Adds the template's services the unit does not have yet (by name); returns those added. */
export async function applyServiceTemplate(ctx: Ctx, input: unknown): Promise<Service[]> {
  assertMayManage(ctx);
  const { template } = parseInput(templateInput, input);
  return ctx.db.transaction(async (tx) => {
    const existing = new Set((await listServices({ db: tx, unit: ctx.unit })).map((s) => s.name));
    const missing = serviceTemplates[template].services.filter(([name]) => !existing.has(name));
    if (missing.length === 0) return [];
    const created = await tx
      .insert(services)
      .values(
        missing.map(([name, category]) => ({
          unitId: ctx.unit.id,
          name,
          category,
          openingHours: officeHours,
        })),
      )
      .returning();
    await audit(tx, ctx, 'service.template', null, null, { template, added: created.map((s) => s.name) });
    return created;
  });
}

/** What the audit log keeps of a service: its settings, not its identity columns. */
export function snapshot(s: Service) {
  return {
    ...settingsOf(s),
    pausedAt: s.pausedAt,
    deletedAt: s.deletedAt,
    templateId: s.templateId,
    overridden: s.overridden,
    queueLetter: s.queueLetter,
  };
}

export function audit(db: Db, ctx: Ctx, action: string, id: number | null, before: unknown, after: unknown) {
  return writeAudit(db, {
    actorId: ctx.actor.id,
    unitId: ctx.unit.id,
    action,
    targetType: 'service',
    targetId: id,
    before,
    after,
  });
}
