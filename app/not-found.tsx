import { ErrorPage } from '@/components/shell/ErrorPage';
import { getActor } from '@/lib/auth/session';
import { getDictionary } from '@/lib/i18n';

export default async function NotFound() {
  const [t, actor] = await Promise.all([getDictionary(), getActor()]);
  return <ErrorPage title={t.errors.notFoundTitle} body={t.errors.notFoundBody} t={t} actor={actor} />;
}
