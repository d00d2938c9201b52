import type { Metadata } from 'next';
import { DigestSetting } from '@/components/account/DigestSetting';
import { PasswordForm } from '@/components/account/PasswordForm';
import { AppHeader } from '@/components/shell/AppHeader';
import { getDb } from '@/lib/db/client';
import { digestEnabled } from '@/lib/digest/setting';
import { requireActor } from '@/lib/http/unit-page';
import { getDictionary } from '@/lib/i18n';

export const metadata: Metadata = { title: 'Ganti kata sandi' };

export default async function ChangePasswordPage() {
  const actor = await requireActor('/akun/kata-sandi');
  const [t, digest] = await Promise.all([
    getDictionary(),
    getDb().then((db) => digestEnabled({ db, actor })),
  ]);
  return (
    <>
      <AppHeader actor={actor} t={t} />
      <main className="mx-auto flex max-w-md flex-col gap-4 px-4 py-6">
        <h1 className="text-2xl font-bold">{t.account.title}</h1>
        <p className="text-sm text-slate-600">{actor.email}</p>
        <PasswordForm mode="change" t={t.account} />
        {digest !== null && (
          <DigestSetting enabled={digest} email={actor.email} t={t.attention.setting} />
        )}
      </main>
    </>
  );
}
