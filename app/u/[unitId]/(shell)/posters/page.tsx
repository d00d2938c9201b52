import { EntryPolicyForm } from '@/components/posters/EntryPolicyForm';
import { PostersManager } from '@/components/posters/PostersManager';
import { can } from '@/lib/auth/permissions';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary, getLocale } from '@/lib/i18n';
import { formatDay } from '@/lib/i18n/format';
import { listPosters } from '@/lib/posters/posters';
import { formatShortCode } from '@/lib/posters/tokens';
import { listServices } from '@/lib/services/services';
import { entryPolicyView } from '@/lib/tenancy/entry-policy-view';
import { localDate } from '@/lib/time/local';

export default async function PostersPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'unit.view', `/u/${unitId}/posters`);
  const [t, locale] = await Promise.all([getDictionary(), getLocale()]);
  const now = new Date();
  const [posters, services, policy] = await Promise.all([listPosters(ctx), listServices(ctx), entryPolicyView(ctx, now)]);
  const zone = ctx.unit.timeZone;
  const time = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  const date = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeZone: zone });
  const day = (at: Date) => formatDay(localDate(at, zone), locale);
  const canManage = can(ctx.actor, 'posters.manage', ctx.unit);
  return (
    <>
      <section className="mb-4 rounded-lg bg-white p-4 shadow-sm">
        <EntryPolicyForm
          unitId={ctx.unit.id}
          canManage={canManage}
          today={localDate(now, zone)}
          inForce={{
            admits: policy.inForce.admits,
            levels: policy.inForce.levels.map((l) => ({
              name: l.policy.name,
              unitName: l.unit.id === ctx.unit.id ? null : l.unit.name,
              since: day(l.policy.effectiveFrom),
            })),
          }}
          scheduledAbove={policy.scheduled
            .filter((l) => l.unit.id !== ctx.unit.id)
            .map((l) => ({ name: l.policy.name, unitName: l.unit.name, date: day(l.policy.effectiveFrom) }))}
          own={policy.own.map(({ policy: p, state }) => ({ id: p.id, name: p.name, effective: day(p.effectiveFrom), admits: p.admits, state }))}
          t={t.entryPolicy}
          statuses={t.statuses}
        />
      </section>
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
