import { OfferedTemplates } from '@/components/services/OfferedTemplates';
import { ServicesManager } from '@/components/services/ServicesManager';
import { TemplatesManager } from '@/components/services/TemplatesManager';
import { can } from '@/lib/auth/permissions';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary } from '@/lib/i18n';
import { settingsOf } from '@/lib/services/inherited';
import { listServices } from '@/lib/services/services';
import { serviceTemplateKeys, serviceTemplates } from '@/lib/services/templates';
import { listOfferedTemplates } from '@/lib/templates/adopt';
import { listOwnTemplates, ownsTemplates } from '@/lib/templates/templates';
import { unitTitle } from '@/lib/tenancy/labels';

export default async function ServicesPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'unit.view', `/u/${unitId}/services`);
  const t = await getDictionary();
  const [services, offered, own] = await Promise.all([
    listServices(ctx),
    listOfferedTemplates(ctx),
    ownsTemplates(ctx.unit) ? listOwnTemplates(ctx) : null,
  ]);
  const canManage = can(ctx.actor, 'services.manage', ctx.unit);
  const text = {
    ...t.services,
    categories: t.categories,
    statuses: t.statuses,
    weekdays: t.weekdays,
    templates: t.templates,
    queue: { letter: t.queue.letter, letterHint: t.queue.letterHint },
  };
  return (
    <div className="flex flex-col gap-4">
      <ServicesManager
        unitId={ctx.unit.id}
        canManage={canManage}
        services={services.map((s) => {
          const template = offered.find((o) => o.id === s.templateId);
          return {
            ...settingsOf(s),
            id: s.id,
            paused: !!s.pausedAt,
            template: template
              ? { name: template.name, owner: unitTitle(template.owner, t) }
              : null,
            overridden: s.overridden,
            queueLetter: s.queueLetter,
          };
        })}
        templates={serviceTemplateKeys.map((key) => ({ key, label: serviceTemplates[key].label }))}
        t={text}
      />
      <OfferedTemplates
        unitId={ctx.unit.id}
        canManage={canManage}
        templates={offered.map((o) => ({
          ...settingsOf(o),
          id: o.id,
          owner: unitTitle(o.owner, t),
          adopted: o.serviceId !== null,
        }))}
        t={text}
      />
      {own && (
        <TemplatesManager
          unitId={ctx.unit.id}
          canManage={canManage}
          templates={own.map((o) => ({
            ...settingsOf(o),
            id: o.id,
            adopters: o.adopters.map((a) => ({
              serviceId: a.serviceId,
              unit: unitTitle(a.unit, t),
              overrides: a.overrides,
            })),
          }))}
          t={text}
        />
      )}
    </div>
  );
}
