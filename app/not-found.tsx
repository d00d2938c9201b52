import { ErrorPage } from '@/components/shell/ErrorPage';
import { getDictionary } from '@/lib/i18n';

export default async function NotFound() {
  const t = await getDictionary();
  return <ErrorPage title={t.errors.notFoundTitle} body={t.errors.notFoundBody} home={t.errors.home} />;
}
