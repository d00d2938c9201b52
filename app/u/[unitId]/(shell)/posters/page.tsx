import { EntryPolicyForm } from '@/components/posters/EntryPolicyForm';
import { PostersManager } from '@/components/posters/PostersManager';
import { can } from '@/lib/auth/permissions';
import { checkInUrl } from '@/lib/config';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary, getLocale } from '@/lib/i18n';
import { formatDate, formatDateTime, formatDay } from '@/lib/i18n/format';
import { listPosters } from '@/lib/posters/posters';
import { qrSvg } from '@/lib/posters/render';
import { formatShortCode } from '@/lib/posters/tokens';
import { listServices } from '@/lib/services/services';
import { entryPolicyView } from '@/lib/tenancy/entry-policy-view';
import { children } from '@/lib/tenancy/units';
import { localDate } from '@/lib/time/local';

export default async function PostersPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'unit.view', `/u/${unitId}/posters`);
  const [t, locale] = await Promise.all([getDictionary(), getLocale()]);
  const now = new Date();
  const [posters, services, policy, below] = await Promise.all([
    listPosters(ctx),
    listServices(ctx),
    entryPolicyView(ctx, now),
    children(ctx),
  ]);
  const zone = ctx.unit.timeZone;
  const day = (at: Date) => formatDay(localDate(at, zone), locale);
  const canManage = can(ctx.actor, 'posters.manage', ctx.unit);
  // A thumbnail of each code in use, drawn here: a few kilobytes of SVG, no request per row.
  const thumbnails = await Promise.all(
    posters.map((p) => (p.token && !p.revokedAt ? qrSvg(checkInUrl(p.token)) : null)),
  );
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
        hasUnitsBelow={below.length > 0}
        posters={posters.map((p, i) => ({
          id: p.id,
          label: p.label,
          serviceName: p.serviceName,
          shortCode: p.shortCode ? formatShortCode(p.shortCode) : null,
          issued: p.issuedAt ? formatDate(p.issuedAt, zone, locale) : null,
          issuedAt: p.issuedAt?.toISOString() ?? '',
          revoked: !!p.revokedAt,
          scans: p.scans,
          lastScan: p.lastScanAt ? formatDateTime(p.lastScanAt, zone, locale) : null,
          lastScanAt: p.lastScanAt?.toISOString() ?? '',
          qr: thumbnails[i] ? `data:image/svg+xml;utf8,${encodeURIComponent(thumbnails[i])}` : null,
        }))}
        services={services.map((s) => ({ id: s.id, name: s.name }))}
        t={t.posters}
        />
    </>
  );
}
