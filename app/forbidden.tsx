import { ErrorPage } from '@/components/shell/ErrorPage';
import { getActor } from '@/lib/auth/session';
import { getDictionary } from '@/lib/i18n';

export default async function Forbidden() {
  const [t, actor] = await Promise.all([getDictionary(), getActor()]);
  return <ErrorPage title={t.errors.forbiddenTitle} body={t.errors.forbiddenBody} t={t} actor={actor} />;
}
