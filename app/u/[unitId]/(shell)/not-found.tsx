import { ErrorPage } from '@/components/shell/ErrorPage';
import { getDictionary } from '@/lib/i18n';

/** Something missing within a unit the user may see: the unit's header and tabs stay. */
export default async function UnitNotFound() {
  const t = await getDictionary();
  return (
    <ErrorPage
      title={t.errors.notFoundTitle}
      body={t.errors.notFoundBody}
      t={t}
      actor={null}
      inShell
    />
  );
}
