import { DeskBoard } from '@/components/desk/DeskBoard';
import { deskBoard } from '@/lib/desk/desk';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary } from '@/lib/i18n';

export default async function DeskPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const ctx = await requireUnit(unitId, 'desk.use', `/u/${unitId}/desk`);
  const t = await getDictionary();
  return <DeskBoard unitId={ctx.unit.id} initial={await deskBoard(ctx)} t={t.desk} statusNames={t.statuses} />;
}
