import { RegistryUpload } from '@/components/registry/RegistryUpload';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary } from '@/lib/i18n';

export default async function RegistryPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const { unit } = await requireUnit(unitId, 'registry.import', `/u/${unitId}/registry`);
  const t = await getDictionary();
  return <RegistryUpload unitId={unit.id} t={t.registry} />;
}
