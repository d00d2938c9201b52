import { z } from 'zod';
import { calendarDay } from '@/lib/validation';
import { startOfLocalDay } from '@/lib/time/local';

export const auditActions = [
  'member.add',
  'member.change',
  'member.remove',
  'member.password_reset',
  'unit.create',
  'unit.entry_policy',
  'service.create',
  'service.update',
  'service.pause',
  'service.resume',
  'service.delete',
  'service.template',
  'service.adopt',
  'service.inherit',
  'template.create',
  'template.update',
  'template.delete',
  'poster.create',
  'poster.rotate',
  'poster.revoke',
  'poster.download',
  'apikey.create',
  'apikey.revoke',
  'display.create',
  'display.revoke',
  'registry.import',
  'stats.export',
  'stats.public',
] as const;

/** Entries per page of the audit log. */
export const AUDIT_PAGE = 50;

export const auditQueryParams = z.object({
  action: z.enum(auditActions).optional().catch(undefined),
  from: calendarDay.optional().catch(undefined),
  to: calendarDay.optional().catch(undefined),
  order: z.enum(['desc', 'asc']).catch('desc'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** Reads the audit page's query string; a malformed value is ignored, never an error page. */
export function auditFilter(raw: Record<string, string | undefined>, timeZone: string) {
  const { action, from, to, order, page } = auditQueryParams.parse(raw);
  const end = to ? startOfLocalDay(to, timeZone) : undefined;
  return {
    actions: auditActions,
    values: { action: action ?? '', from: from ?? '', to: to ?? '', order },
    page,
    query: {
      action,
      from: from ? startOfLocalDay(from, timeZone) : undefined,
      to: end && new Date(end.getTime() + 24 * 3600_000),
    },
  };
}
