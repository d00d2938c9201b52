import { AppHeader } from '@/components/shell/AppHeader';
import { Breadcrumbs } from '@/components/shell/Breadcrumbs';
import { NavTabs } from '@/components/ui/nav-tabs';
import { can } from '@/lib/auth/permissions';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary } from '@/lib/i18n';
import { unitTitle } from '@/lib/tenancy/labels';
import { lineage } from '@/lib/tenancy/units';

export default async function UnitLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ unitId: string }>;
}) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'unit.view', `/u/${unitId}`);
  const { actor, unit } = ctx;
  const t = await getDictionary();
  const trail = (await lineage(ctx)).map((u) => ({ ...u, reachable: can(actor, 'unit.view', u) }));
  const tabs = [
    { href: `/u/${unit.id}`, label: t.nav.overview, show: true },
    { href: `/u/${unit.id}/stats`, label: t.nav.stats, show: can(actor, 'stats.view', unit) },
    { href: `/u/${unit.id}/desk`, label: t.nav.desk, show: can(actor, 'desk.use', unit) },
    { href: `/u/${unit.id}/services`, label: t.nav.services, show: true },
    { href: `/u/${unit.id}/posters`, label: t.nav.posters, show: true },
    { href: `/u/${unit.id}/members`, label: t.nav.members, show: can(actor, 'members.manage', unit) },
    { href: `/u/${unit.id}/audit`, label: t.nav.audit, show: can(actor, 'audit.view', unit) },
    { href: `/u/${unit.id}/api-keys`, label: t.nav.apiKeys, show: can(actor, 'apikeys.manage', unit) },
    { href: `/u/${unit.id}/registry`, label: t.nav.registry, show: can(actor, 'registry.import', unit) },
  ];
  return (
    <>
      <AppHeader actor={actor} t={t} />
      <div className="mx-auto max-w-6xl px-4 py-4">
        <Breadcrumbs trail={trail} t={t} />
        <h1 className="mt-2 text-2xl font-bold break-words">{unitTitle(unit, t)}</h1>
        <NavTabs label={t.ui.unitNav} tabs={tabs.filter((tab) => tab.show)} />
        <div className="py-4">{children}</div>
      </div>
    </>
  );
}
