'use client';

import { useState } from 'react';
import { sendJson } from '@/components/ui/api';
import type { Dictionary } from '@/lib/i18n/id';

const choices = ['hijau', 'kuning', 'merah'] as const;

/** The admin's choice of statuses that entrance posters admit. */
export function EntryPolicyForm(props: {
  unitId: number;
  admits: string[];
  t: Dictionary['entryPolicy'];
  statuses: Dictionary['statuses'];
}) {
  const { t } = props;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const admits = new FormData(event.currentTarget).getAll('admits');
    try {
      await sendJson(`/api/units/${props.unitId}/entry-policy`, 'PUT', { admits });
      setMessage({ ok: true, text: t.saved });
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3 text-sm">
      <fieldset className="flex flex-wrap items-center gap-3">
        <legend className="mb-1 w-full font-semibold">{t.title}</legend>
        {choices.map((s) => (
          <label key={s} className="flex items-center gap-1">
            <input
              type="checkbox"
              name="admits"
              value={s}
              defaultChecked={props.admits.includes(s)}
            />
            {props.statuses[s]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="rounded border border-slate-300 px-3 py-1">
        {t.save}
      </button>
      {message && (
        <span
          role={message.ok ? 'status' : 'alert'}
          className={message.ok ? 'text-emerald-700' : 'text-red-700'}
        >
          {message.text}
        </span>
      )}
      <p className="w-full text-xs text-slate-500">{t.note}</p>
    </form>
  );
}
