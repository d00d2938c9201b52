'use client';

import Link from 'next/link';
import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { SEEN_COOKIE } from '@/lib/cookie-names';
import type { Dictionary } from '@/lib/i18n/id';

type Props =
  | { mode: 'change'; t: Dictionary['account'] }
  | { mode: 'set'; token: string; t: Dictionary['account'] };

type Failure = { message: string; fields?: Record<string, string> };

/**
 * A new password, twice: as the signed-in user (with the current one) or through a one-time
 * link. The server checks strength; its per-field messages are shown beside the fields.
 */
export function PasswordForm(props: Props) {
  const { t } = props;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget));
    setBusy(true);
    setFailure(null);
    const res = await fetch(
      props.mode === 'change' ? '/api/akun/kata-sandi' : '/api/akun/atur-sandi',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(props.mode === 'change' ? form : { ...form, token: props.token }),
      },
    ).catch(() => null);
    const data = res && !res.ok ? await res.json().catch(() => ({})) : {};
    setBusy(false);
    if (!res || !res.ok)
      return setFailure(data?.error ?? { message: `HTTP ${res?.status ?? '—'}` });
    if (props.mode === 'change') {
      // The change ended every session on the server; this one leaves the browser too.
      document.cookie = `${SEEN_COOKIE}=; path=/; max-age=0; samesite=lax`;
      await signOut({ redirect: false });
    }
    setDone(true);
  }

  if (done) {
    return (
      <div className="flex flex-col gap-3 rounded-lg bg-white p-6 shadow-sm">
        <p role="status" className="rounded bg-emerald-50 p-3 text-sm text-emerald-900">
          {props.mode === 'change' ? t.changed : t.setDone}
        </p>
        <Link href="/login" className="font-semibold text-emerald-800 underline">
          {t.toLogin}
        </Link>
      </div>
    );
  }

  // The hint and the error sit beside the input, not in its label, so the label stays its name.
  const field = (name: string, label: string, autoComplete: string, hint?: string) => {
    const error = failure?.fields?.[name];
    return (
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor={`password-${name}`} className="font-medium">
          {label}
        </label>
        <input
          id={`password-${name}`}
          name={name}
          type="password"
          required
          maxLength={200}
          autoComplete={autoComplete}
          aria-invalid={Boolean(error)}
          aria-describedby={hint ? `password-${name}-hint` : undefined}
          className="rounded border border-slate-300 p-2"
        />
        {hint && (
          <span id={`password-${name}-hint`} className="text-xs text-slate-500">
            {hint}
          </span>
        )}
        {error && <span className="text-xs text-red-700">{error}</span>}
      </div>
    );
  };

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg bg-white p-6 shadow-sm">
      {failure && (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
          {failure.message}
        </p>
      )}
      {props.mode === 'change' && field('current', t.current, 'current-password')}
      {field('next', t.next, 'new-password', t.hint)}
      {field('confirm', t.confirm, 'new-password')}
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-emerald-700 px-3 py-2 font-semibold text-white disabled:opacity-50"
      >
        {busy ? t.saving : t.save}
      </button>
    </form>
  );
}
