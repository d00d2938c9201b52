import { MembersManager } from '@/components/members/MembersManager';
import { mayGrant } from '@/lib/auth/grants';
import { roles } from '@/lib/db/schema';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary, getLocale } from '@/lib/i18n';
import { formatDate } from '@/lib/i18n/format';
import { listMembers } from '@/lib/members/members';

export default async function MembersPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'members.manage', `/u/${unitId}/members`);
  const [t, locale] = await Promise.all([getDictionary(), getLocale()]);
  const members = await listMembers(ctx);
  return (
    <MembersManager
      unitId={ctx.unit.id}
      members={members.map((m) => ({
        ...m,
        since: formatDate(m.since, ctx.unit.timeZone, locale),
        sinceAt: m.since.toISOString(),
      }))}
      grantable={roles.filter((role) => mayGrant(ctx.actor, role, ctx.unit))}
      t={t.members}
      roles={t.roles}
    />
  );
}
