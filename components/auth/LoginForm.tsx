'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { SEEN_COOKIE } from '@/lib/cookie-names';
import type { Dictionary } from '@/lib/i18n/id';

function explain(t: Dictionary['login'], code: string | undefined, locale: string): string {
  if (code?.startsWith('locked:')) {
    const until = new Date(Number(code.slice('locked:'.length)));
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    const time = until.toLocaleTimeString(locale === 'en' ? 'en-GB' : 'id-ID', {
      hour: '2-digit',
      minute: '2-digit',
    });
    return t.locked.replace('{time}', time).replace('{minutes}', String(minutes));
  }
  if (code === 'invalid_input' || code === 'wrong_credentials') return t[code];
  return t.failed;
}

export function LoginForm(props: {
  t: Dictionary['login'];
  callbackUrl: string;
  notice: string | null;
  locale: string;
}) {
  const { t } = props;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!email || !password) return setError(t.empty);
    if (email.length > 254 || password.length > 200) return setError(t.tooLong);
    setBusy(true);
    setError(null);
    const result = await signIn('credentials', { email, password, redirect: false });
    if (result?.ok && !result.error) {
      // Lets the server tell an expired session from a first visit.
      document.cookie = `${SEEN_COOKIE}=1; path=/; max-age=31536000; samesite=lax`;
      window.location.assign(props.callbackUrl);
      return;
    }
    setBusy(false);
    setError(explain(t, result?.error ?? undefined, props.locale));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg bg-white p-6 shadow">
      <h2 className="text-lg font-semibold">{t.title}</h2>
      {props.notice && !error && (
        <p role="status" className="rounded bg-amber-50 p-3 text-sm text-amber-900">
          {props.notice}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      )}
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t.email}
        <input name="email" type="email" autoComplete="username" className="rounded border border-slate-300 p-2" />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t.password}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          className="rounded border border-slate-300 p-2"
        />
      </label>
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-emerald-700 p-2 font-semibold text-white hover:bg-emerald-800 disabled:opacity-60"
      >
        {busy ? t.submitting : t.submit}
      </button>
    </form>
  );
}
