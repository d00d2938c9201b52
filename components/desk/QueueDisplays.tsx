'use client';

import { useState } from 'react';
import { sendJson } from '@/components/ui/api';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import type { Dictionary } from '@/lib/i18n/id';

type DisplayRow = { id: number; name: string; prefix: string; created: string; revoked: boolean };

/** The admin's queue displays: creates a display's link (shown once), lists them by prefix and revokes them. */
export function QueueDisplays(props: {
  unitId: number;
  displays: DisplayRow[];
  t: Dictionary['queue']['displays'];
}) {
  const { t, unitId } = props;
  const { run, error } = useMutation();
  const [fresh, setFresh] = useState<string | null>(null);
  const api = `/api/units/${unitId}/displays`;

  async function onCreate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    await run(async () => {
      const { display } = await sendJson<{ display: { url: string } }>(api, 'POST', {
        name: new FormData(formEl).get('name'),
      });
      setFresh(display.url);
      formEl.reset();
    });
  }

  async function onRevoke(row: DisplayRow) {
    if (!confirm(t.confirmRevoke.replace('{name}', row.name))) return;
    await run(() => sendJson(`${api}/${row.id}`, 'DELETE'));
  }

  return (
    <section
      className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm"
      aria-labelledby="displays-title"
    >
      <h2 id="displays-title" className="font-semibold">
        {t.title}
      </h2>
      <p className="text-sm text-slate-600">{t.intro}</p>
      {fresh && (
        <Notice tone="done">
          {t.shownOnce}{' '}
          <a
            href={fresh}
            target="_blank"
            rel="noreferrer"
            className="font-mono break-all select-all"
            data-testid="display-link"
          >
            {fresh}
          </a>
        </Notice>
      )}
      {error && <Notice tone="error">{error.message}</Notice>}
      {props.displays.length === 0 ? (
        <p className="text-sm text-slate-500">{t.none}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1">{t.name}</th>
              <th>{t.prefix}</th>
              <th>{t.created}</th>
              <th>{t.state}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.displays.map((d) => (
              <tr
                key={d.id}
                className={`border-t border-slate-100 ${d.revoked ? 'text-slate-400' : ''}`}
              >
                <td className="py-1.5 font-medium">{d.name}</td>
                <td className="font-mono">{d.prefix}…</td>
                <td>{d.created}</td>
                <td>{d.revoked ? t.revoked : t.active}</td>
                <td className="text-right">
                  {!d.revoked && (
                    <button
                      type="button"
                      className="text-red-700 underline"
                      onClick={() => onRevoke(d)}
                    >
                      {t.revoke}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        onSubmit={onCreate}
        noValidate
        className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-3 text-sm"
      >
        <label className="flex flex-col gap-1">
          {t.name}
          <input
            name="name"
            placeholder={t.nameHint}
            className="rounded border border-slate-300 p-1.5"
          />
        </label>
        <button type="submit" className="rounded bg-emerald-700 px-3 py-1.5 font-medium text-white">
          {t.create}
        </button>
      </form>
    </section>
  );
}
