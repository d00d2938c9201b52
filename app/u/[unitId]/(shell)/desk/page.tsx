import { DeskBoard } from '@/components/desk/DeskBoard';
import { QueueDisplays } from '@/components/desk/QueueDisplays';
import { can } from '@/lib/auth/permissions';
import { deskBoard } from '@/lib/desk/desk';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary } from '@/lib/i18n';
import { listDisplays } from '@/lib/queue/displays';

export default async function DeskPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'desk.use', `/u/${unitId}/desk`);
  const t = await getDictionary();
  // The counter's televisions are the admin's to hand out, like scanner keys.
  const displays = can(ctx.actor, 'displays.manage', ctx.unit) ? await listDisplays(ctx) : null;
  const date = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeZone: ctx.unit.timeZone });
  return (
    <div className="grid gap-4">
      <DeskBoard unitId={ctx.unit.id} initial={await deskBoard(ctx)} t={t.desk} queueText={t.queue.desk} statusNames={t.statuses} />
      {displays && (
        <QueueDisplays
          unitId={ctx.unit.id}
          displays={displays.map((d) => ({ id: d.id, name: d.name, prefix: d.prefix, created: date.format(d.createdAt), revoked: !!d.revokedAt }))}
          t={t.queue.displays}
        />
      )}
    </div>
  );
}
