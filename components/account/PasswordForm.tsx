'use client';

import Link from 'next/link';
import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import { SEEN_COOKIE } from '@/lib/cookie-names';
import type { Dictionary } from '@/lib/i18n/id';

type Props =
  | { mode: 'change'; t: Dictionary['account'] }
  | { mode: 'set'; token: string; t: Dictionary['account'] };

/**
 * A new password, twice: as the signed-in user (with the current one) or through a one-time
 * link. The server checks strength; its per-field messages are shown beside the fields.
 */
export function PasswordForm(props: Props) {
  const { t } = props;
  // Success leaves this page for the login, so there is no route to refresh.
  const { run, pending, error: failure } = useMutation({ refresh: false });
  const [done, setDone] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget));
    await run(async () => {
      if (props.mode === 'change') {
        await sendJson('/api/akun/kata-sandi', 'POST', form);
        // The change ended every session on the server; this one leaves the browser too.
        document.cookie = `${SEEN_COOKIE}=; path=/; max-age=0; samesite=lax`;
        await signOut({ redirect: false });
      } else {
        await sendJson('/api/akun/atur-sandi', 'POST', { ...form, token: props.token });
      }
      setDone(true);
    });
  }

  if (done) {
    return (
      <div className="flex flex-col gap-3 rounded-lg bg-white p-6 shadow-sm">
        <Notice tone="done">{props.mode === 'change' ? t.changed : t.setDone}</Notice>
        <Link href="/login" className="font-semibold text-emerald-800 underline">
          {t.toLogin}
        </Link>
      </div>
    );
  }

  // The hint and the error sit beside the input, not in its label, so the label stays its name.
  const field = (name: string, label: string, autoComplete: string, hint?: string) => {
    const error = failure?.fields[name];
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
      {failure && <Notice tone="error">{failure.message}</Notice>}
      {props.mode === 'change' && field('current', t.current, 'current-password')}
      {field('next', t.next, 'new-password', t.hint)}
      {field('confirm', t.confirm, 'new-password')}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-emerald-700 px-3 py-2 font-semibold text-white disabled:opacity-50"
      >
        {pending ? t.saving : t.save}
      </button>
    </form>
  );
}
