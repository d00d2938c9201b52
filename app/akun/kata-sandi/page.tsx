import type { Metadata } from 'next';
import { PasswordForm } from '@/components/account/PasswordForm';
import { AppHeader } from '@/components/shell/AppHeader';
import { requireActor } from '@/lib/http/unit-page';
import { getDictionary } from '@/lib/i18n';

export const metadata: Metadata = { title: 'Ganti kata sandi' };

export default async function ChangePasswordPage() {
  const actor = await requireActor('/akun/kata-sandi');
  const t = await getDictionary();
  return (
    <>
      <AppHeader actor={actor} t={t} />
      <main className="mx-auto flex max-w-md flex-col gap-4 px-4 py-6">
        <h1 className="text-2xl font-bold">{t.account.title}</h1>
        <p className="text-sm text-slate-600">{actor.email}</p>
        <PasswordForm mode="change" t={t.account} />
      </main>
    </>
  );
}
