import { ErrorPage } from '@/components/shell/ErrorPage';
import { getDictionary } from '@/lib/i18n';

/** A page of a unit the user may see but not this page of it: the unit's header and tabs stay. */
export default async function UnitForbidden() {
  const t = await getDictionary();
  return (
    <ErrorPage
      title={t.errors.forbiddenTitle}
      body={t.errors.pageForbiddenBody}
      t={t}
      actor={null}
      inShell
    />
  );
}
