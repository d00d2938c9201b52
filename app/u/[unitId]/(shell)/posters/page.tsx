import { policyAt, policyChain } from '@/lib/tenancy/entry-policy';
import { EntryPolicyForm } from '@/components/posters/EntryPolicyForm';
import { PostersManager } from '@/components/posters/PostersManager';
import { can } from '@/lib/auth/permissions';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary } from '@/lib/i18n';
import { listPosters } from '@/lib/posters/posters';
import { formatShortCode } from '@/lib/posters/tokens';
import { listServices } from '@/lib/services/services';

export default async function PostersPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'unit.view', `/u/${unitId}/posters`);
  const t = await getDictionary();
  const [posters, services] = await Promise.all([listPosters(ctx), listServices(ctx)]);
  const time = new Intl.DateTimeFormat('id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: ctx.unit.timeZone,
  });
  const date = new Intl.DateTimeFormat('id-ID', {
    dateStyle: 'medium',
    timeZone: ctx.unit.timeZone,
  });
  const canManage = can(ctx.actor, 'posters.manage', ctx.unit);
  return (
    <>
      {canManage && (
        <section className="mb-4 rounded-lg bg-white p-4 shadow-sm">
          <EntryPolicyForm
            unitId={ctx.unit.id}
            admits={policyAt(await policyChain(ctx.db, ctx.unit), new Date()).admits}
            t={t.entryPolicy}
            statuses={t.statuses}
          />
        </section>
      )}
      <PostersManager
        unitId={ctx.unit.id}
        canManage={canManage}
        posters={posters.map((p) => ({
          id: p.id,
          label: p.label,
          serviceName: p.serviceName,
          shortCode: p.shortCode ? formatShortCode(p.shortCode) : null,
          issued: p.issuedAt ? date.format(p.issuedAt) : null,
          revoked: !!p.revokedAt,
          scans: p.scans,
          lastScan: p.lastScanAt ? time.format(p.lastScanAt) : null,
        }))}
        services={services.map((s) => ({ id: s.id, name: s.name }))}
        t={t.posters}
      />
    </>
  );
}
