import { eq } from 'drizzle-orm';
import { writeAudit } from '@/lib/audit/log';
import { authorizePublished, type PublicAuthority } from '@/lib/auth/authorized-unit';
import { announceChange } from '@/lib/cache/changes';
import { can } from '@/lib/auth/permissions';
import type { Ctx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { publicStatsPages } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { statuses } from '@/lib/services/vocabulary';
import { getUnit } from '@/lib/tenancy/units';
import { groupedStats } from './grouped';
import { parseRange } from './range';

/** Counts under this are never shown publicly: a handful of visitors could be recognised. */
export const MIN_PUBLIC_COUNT = 5;

/** A published figure: the number, or null where it is hidden. */
export type Shown = number | null;

export async function isPublic(db: Db, unitId: number): Promise<boolean> {
  const [row] = await db.select({ unitId: publicStatsPages.unitId }).from(publicStatsPages).where(eq(publicStatsPages.unitId, unitId));
  return !!row;
}

/** The admin's switch: on or off, with the change in the audit log. */
export async function setPublic(ctx: Ctx, enabled: boolean): Promise<{ enabled: boolean }> {
  const { db, actor, unit } = ctx;
  if (!can(actor, 'stats.publish', unit)) throw new AppError('forbidden');
  const changed = await db.transaction(async (tx) => {
    const was = await isPublic(tx, unit.id);
    if (was === enabled) return false;
    if (enabled) await tx.insert(publicStatsPages).values({ unitId: unit.id, enabledBy: actor.id });
    else await tx.delete(publicStatsPages).where(eq(publicStatsPages.unitId, unit.id));
    await writeAudit(tx, {
      actorId: actor.id,
      unitId: unit.id,
      action: 'stats.public',
      targetType: 'unit',
      targetId: unit.id,
      before: { enabled: was },
      after: { enabled },
    });
    return true;
  });
  if (changed) await announceChange(db, 'public-stats');
  return { enabled };
}

/**
 * Small-cell suppression of parts that add up to a shown total: every count from 1 to 4 is
 * hidden, and when exactly one is hidden the smallest other non-zero part is hidden too, so
 * that no hidden count can be worked out by subtraction.
 */
export function suppress(parts: number[], totalShown: boolean): Shown[] {
  const hidden = parts.map((n) => n > 0 && n < MIN_PUBLIC_COUNT);
  if (totalShown && hidden.filter(Boolean).length === 1) {
    let pick = -1;
    parts.forEach((n, i) => {
      if (!hidden[i] && n > 0 && (pick < 0 || n < parts[pick]!)) pick = i;
    });
    if (pick >= 0) hidden[pick] = true;
  }
  return parts.map((n, i) => (hidden[i] ? null : n));
}

const shown = (n: number): Shown => (n > 0 && n < MIN_PUBLIC_COUNT ? null : n);

/**
 * What the public page shows of a published unit: the last 30 days' check-ins, the share
 * admitted, and the split by status, day and child unit, aggregates only, small counts hidden.
 * The public's one way in: an unknown or unpublished unit is not found, whoever asks.
 */
export async function publicStats(db: Db, unitId: number, now = new Date()) {
  const found = await getUnit(db, unitId);
  const ctx: Ctx<PublicAuthority> = { db, actor: { kind: 'public' }, unit: authorizePublished(found, await isPublic(db, found.id)) };
  const { unit } = ctx;
  const range = parseRange({ range: '30d' }, unit.timeZone, now);
  const [days, children] = await Promise.all([groupedStats(ctx, range, 'day'), groupedStats(ctx, range, 'child')]);
  const status = statuses.map((s) => ({ key: s, checkins: days.totals.byStatus[s] }));
  const { checkins, admitted } = days.totals;
  const total = shown(checkins);
  const notAdmitted = checkins - admitted;
  // The share would give away a small count of either decision.
  const share = total !== null && checkins > 0 && shown(admitted) !== null && shown(notAdmitted) !== null ? admitted / checkins : null;
  const hide = (rows: { checkins: number }[]) => suppress(rows.map((r) => r.checkins), total !== null);
  const statusShown = hide(status);
  const dayShown = hide(days.rows);
  const childShown = hide(children.rows);
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    range: { first: range.first, last: range.last },
    checkins: total,
    share,
    byStatus: status.map((r, i) => ({ status: r.key, checkins: statusShown[i]! })),
    byDay: days.rows.map((r, i) => ({ date: r.key, checkins: dayShown[i]! })),
    byChild: children.rows.map((r, i) => ({ key: r.key, name: r.name ?? '', kind: r.unitKind ?? unit.kind, checkins: childShown[i]! })),
  };
}
export type PublicStats = Awaited<ReturnType<typeof publicStats>>;
