import type { Metadata } from 'next';
import { LoginForm } from '@/components/auth/LoginForm';
import { LanguageSwitch } from '@/components/shell/LanguageSwitch';
import { z } from 'zod';
import { sameOriginPath } from '@/lib/auth/callback-url';
import { getDictionary, getLocale } from '@/lib/i18n';
import { firstValues } from '@/lib/validation';

export const metadata: Metadata = { title: 'Masuk' };

const query = z.object({
  callbackUrl: z.string().optional().catch(undefined),
  reason: z.enum(['expired', 'logout']).optional().catch(undefined),
});

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { callbackUrl, reason } = query.parse(firstValues(await searchParams));
  const t = await getDictionary();
  // Only same-origin paths: an open redirect after login would hand the user to a phishing page.
  const next = sameOriginPath(callbackUrl);
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
