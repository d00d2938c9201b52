import { ErrorPage } from '@/components/shell/ErrorPage';
import { getDictionary } from '@/lib/i18n';

export default async function Forbidden() {
  const t = await getDictionary();
  return <ErrorPage title={t.errors.forbiddenTitle} body={t.errors.forbiddenBody} home={t.errors.home} />;
}
