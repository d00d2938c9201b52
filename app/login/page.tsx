import type { Metadata } from 'next';
import { LoginForm } from '@/components/auth/LoginForm';
import { LanguageSwitch } from '@/components/shell/LanguageSwitch';
import { getDictionary, getLocale } from '@/lib/i18n';

export const metadata: Metadata = { title: 'Masuk' };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; reason?: string }>;
}) {
  const { callbackUrl, reason } = await searchParams;
  const t = await getDictionary();
  // Only same-site paths: an open redirect after login would hand the session to a phishing page.
  const next = callbackUrl?.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/';
  const notice = reason === 'expired' ? t.login.expired : reason === 'logout' ? t.login.loggedOut : null;
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 p-6">
      <div className="flex items-baseline justify-between">
        <h1 className="text-2xl font-bold text-emerald-800">Pindai</h1>
        <LanguageSwitch label={t.shell.language} locale={await getLocale()} />
      </div>
      <p className="text-sm text-slate-600">{t.appTagline}</p>
      <LoginForm t={t.login} callbackUrl={next} notice={notice} locale={await getLocale()} />
    </main>
  );
}
