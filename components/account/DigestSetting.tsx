'use client';

import { useState } from 'react';
import { sendJson } from '@/components/ui/api';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import { fillIn } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';

/** The official's or admin's own morning digest: on by default, off with one click and Save. */
export function DigestSetting(props: {
  enabled: boolean;
  email: string;
  t: Dictionary['attention']['setting'];
}) {
  const { t } = props;
  const { run, pending, error } = useMutation();
  const [enabled, setEnabled] = useState(props.enabled);
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    setSaved(await run(() => sendJson('/api/akun/ringkasan-harian', 'PUT', { enabled })));
  }

  return (
    <section aria-labelledby="digest-title" className="rounded-lg bg-white p-6 shadow-sm">
      <h2 id="digest-title" className="mb-3 font-semibold">
        {t.title}
      </h2>
      <form onSubmit={onSubmit} className="flex flex-col gap-3 text-sm">
        {error && <Notice tone="error">{error.message}</Notice>}
        {saved && <Notice tone="done">{t.saved}</Notice>}
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="enabled"
            checked={enabled}
            onChange={(e) => setEnabled(e.target.checked)}
            aria-describedby="digest-hint"
            className="mt-0.5"
          />
          <span className="font-medium">{t.label}</span>
        </label>
        <p id="digest-hint" className="text-xs text-slate-500">
          {fillIn(t.hint, { email: props.email })}
        </p>
        <button
          type="submit"
          disabled={pending}
          className="self-start rounded bg-emerald-700 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {t.save}
        </button>
      </form>
    </section>
  );
}
