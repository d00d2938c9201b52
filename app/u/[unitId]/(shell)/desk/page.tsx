import { DeskBoard } from '@/components/desk/DeskBoard';
import { QueueDisplays } from '@/components/desk/QueueDisplays';
import { can } from '@/lib/auth/permissions';
import { deskBoard, deskLogQuery } from '@/lib/desk/desk';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary, getLocale } from '@/lib/i18n';
import { formatDate } from '@/lib/i18n/format';
import { listDisplays } from '@/lib/queue/displays';

export default async function DeskPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'desk.use', `/u/${unitId}/desk`);
  const [t, locale] = await Promise.all([getDictionary(), getLocale()]);
  // The counter's televisions are the admin's to hand out, like scanner keys.
  const [displays, initial] = await Promise.all([
    can(ctx.actor, 'displays.manage', ctx.unit) ? listDisplays(ctx) : null,
    deskBoard(ctx, deskLogQuery.parse({}), locale),
  ]);
  return (
    <div className="grid grid-cols-1 gap-4">
      <DeskBoard
        unitId={ctx.unit.id}
        initial={initial}
        t={t.desk}
        queueText={t.queue.desk}
        statusNames={t.statuses}
      />
      {displays && (
        <QueueDisplays
          unitId={ctx.unit.id}
          displays={displays.map((d) => ({
            id: d.id,
            name: d.name,
            prefix: d.prefix,
            created: formatDate(d.createdAt, ctx.unit.timeZone, locale),
            createdAt: d.createdAt.toISOString(),
            revoked: !!d.revokedAt,
          }))}
          t={t.queue.displays}
        />
      )}
    </div>
  );
}
