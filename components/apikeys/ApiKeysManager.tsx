'use client';

import { useState } from 'react';
import { sendJson } from '@/components/ui/api';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import type { Dictionary } from '@/lib/i18n/id';

type KeyRow = { id: number; name: string; prefix: string; created: string; revoked: boolean };

/** Creates keys (each shown once), lists them by prefix and revokes them. */
export function ApiKeysManager(props: {
  unitId: number;
  keys: KeyRow[];
  t: Dictionary['apiKeys'];
}) {
  const { t, unitId } = props;
  const { run, error } = useMutation();
  const [fresh, setFresh] = useState<string | null>(null);
  const api = `/api/units/${unitId}/api-keys`;

  async function onCreate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    await run(async () => {
      const { key } = await sendJson<{ key: { key: string } }>(api, 'POST', {
        name: new FormData(formEl).get('name'),
      });
      setFresh(key.key);
      formEl.reset();
    });
  }

  async function onRevoke(row: KeyRow) {
    if (!confirm(t.confirmRevoke.replace('{name}', row.name))) return;
    await run(() => sendJson(`${api}/${row.id}`, 'DELETE'));
  }

  return (
    <section className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm">
      <h2 className="font-semibold">{t.title}</h2>
      <p className="text-sm text-slate-600">
        {t.intro} <a href="/openapi.json">{t.docs}</a>
      </p>
      {fresh && (
        <Notice tone="done">
          {t.shownOnce} <code className="font-mono break-all select-all">{fresh}</code>
        </Notice>
      )}
      {error && <Notice tone="error">{error.message}</Notice>}
      {props.keys.length === 0 ? (
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
            {props.keys.map((k) => (
              <tr
                key={k.id}
                className={`border-t border-slate-100 ${k.revoked ? 'text-slate-400' : ''}`}
              >
                <td className="py-1.5 font-medium">{k.name}</td>
                <td className="font-mono">{k.prefix}…</td>
                <td>{k.created}</td>
                <td>{k.revoked ? t.revoked : t.active}</td>
                <td className="text-right">
                  {!k.revoked && (
                    <button
                      type="button"
                      className="text-red-700 underline"
                      onClick={() => onRevoke(k)}
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
        className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-4 text-sm"
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
