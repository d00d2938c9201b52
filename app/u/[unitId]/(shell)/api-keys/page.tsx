import { ApiKeysManager } from '@/components/apikeys/ApiKeysManager';
import { listApiKeys } from '@/lib/checkins/api-keys';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary } from '@/lib/i18n';

export default async function ApiKeysPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'apikeys.manage', `/u/${unitId}/api-keys`);
  const t = await getDictionary();
  const date = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeZone: ctx.unit.timeZone });
  const keys = await listApiKeys(ctx);
  return (
    <ApiKeysManager
      unitId={ctx.unit.id}
      keys={keys.map((k) => ({ id: k.id, name: k.name, prefix: k.prefix, created: date.format(k.createdAt), revoked: !!k.revokedAt }))}
      t={t.apiKeys}
    />
  );
}
