import type { Metadata } from 'next';
import Link from 'next/link';
import { PasswordForm } from '@/components/account/PasswordForm';
import { passwordLinkAccount } from '@/lib/accounts/passwords';
import { getDb } from '@/lib/db/client';
import { getDictionary } from '@/lib/i18n';

// The token is in the address: no Referer may carry it to another site.
export const metadata: Metadata = {
  title: 'Atur kata sandi',
  referrer: 'no-referrer',
  robots: { index: false },
};

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getDictionary();
  const account = await passwordLinkAccount(await getDb(), token);
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-4 p-6">
      <h1 className="text-2xl font-bold text-emerald-800">Pindai</h1>
      <h2 className="text-lg font-semibold">{t.account.setTitle}</h2>
      {account ? (
        <>
          <p className="text-sm text-slate-600">
            {t.account.setIntro.replace('{email}', account.email)}
          </p>
          <PasswordForm mode="set" token={token} t={t.account} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded bg-amber-50 p-3 text-sm text-amber-900">
            {t.account.linkGone}
          </p>
          <Link href="/login" className="font-semibold text-emerald-800 underline">
            {t.account.toLogin}
          </Link>
        </>
      )}
    </main>
  );
}
