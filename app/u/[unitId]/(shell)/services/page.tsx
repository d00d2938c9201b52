import { ServicesManager } from '@/components/services/ServicesManager';
import { can } from '@/lib/auth/permissions';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary } from '@/lib/i18n';
import { listServices } from '@/lib/services/services';
import { serviceTemplateKeys, serviceTemplates } from '@/lib/services/templates';

export default async function ServicesPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'unit.view', `/u/${unitId}/services`);
  const t = await getDictionary();
  const services = await listServices(ctx);
  return (
    <ServicesManager
      unitId={ctx.unit.id}
      canManage={can(ctx.actor, 'services.manage', ctx.unit)}
      services={services.map((s) => ({
        id: s.id,
        name: s.name,
        category: s.category,
        description: s.description,
        openingHours: s.openingHours,
        dailyCapacity: s.dailyCapacity,
        admits: s.admits,
        paused: !!s.pausedAt,
        queueLetter: s.queueLetter,
      }))}
      templates={serviceTemplateKeys.map((key) => ({ key, label: serviceTemplates[key].label }))}
      t={{
        ...t.services,
        categories: t.categories,
        statuses: t.statuses,
        weekdays: t.weekdays,
        queue: { letter: t.queue.letter, letterHint: t.queue.letterHint },
      }}
    />
  );
}
