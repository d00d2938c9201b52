import { ApiKeysManager } from '@/components/apikeys/ApiKeysManager';
import { listApiKeys } from '@/lib/checkins/api-keys';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary, getLocale } from '@/lib/i18n';
import { formatDate } from '@/lib/i18n/format';

export default async function ApiKeysPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'apikeys.manage', `/u/${unitId}/api-keys`);
  const [t, locale] = await Promise.all([getDictionary(), getLocale()]);
  const keys = await listApiKeys(ctx);
  return (
    <ApiKeysManager
      unitId={ctx.unit.id}
      keys={keys.map((k) => ({
        id: k.id,
        name: k.name,
        prefix: k.prefix,
        created: formatDate(k.createdAt, ctx.unit.timeZone, locale),
        createdAt: k.createdAt.toISOString(),
        revoked: !!k.revokedAt,
      }))}
      t={t.apiKeys}
    />
  );
}
