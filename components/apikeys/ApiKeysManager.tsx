'use client';

import { useState } from 'react';
import { sendJson } from '@/components/ui/api';
import { Button } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/Notice';
import { ActionMenu } from '@/components/ui/row-actions';
import { useMutation } from '@/components/ui/use-mutation';
import { useUiText } from '@/components/ui/ui-text';
import { fillIn } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';

type KeyRow = {
  id: number;
  name: string;
  prefix: string;
  created: string;
  createdAt: string;
  revoked: boolean;
};

/** Creates keys (each shown once), lists them by prefix and revokes them. */
export function ApiKeysManager(props: {
  unitId: number;
  keys: KeyRow[];
  t: Dictionary['apiKeys'];
}) {
  const { t, unitId } = props;
  const { run, error } = useMutation();
  const ui = useUiText();
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

  const columns: Column<KeyRow>[] = [
    {
      accessorKey: 'name',
      header: t.name,
      cell: ({ getValue }) => <span className="font-medium">{getValue<string>()}</span>,
    },
    {
      accessorKey: 'prefix',
      header: t.prefix,
      meta: { cellClassName: 'font-mono' },
      cell: ({ getValue }) => `${getValue<string>()}…`,
    },
    {
      accessorKey: 'createdAt',
      header: t.created,
      meta: { className: 'hidden sm:table-cell' },
      cell: ({ row }) => row.original.created,
    },
    {
      id: 'state',
      accessorFn: (k) => (k.revoked ? 'revoked' : 'active'),
      header: t.state,
      filterFn: 'equalsString',
      cell: ({ row }) => (row.original.revoked ? t.revoked : t.active),
    },
    {
      id: 'actions',
      header: () => <span className="sr-only">{t.revoke}</span>,
      enableSorting: false,
      meta: { className: 'text-right' },
      cell: ({ row: { original: k } }) =>
        !k.revoked && (
          <ActionMenu
            label={fillIn(ui.actionsFor, { name: k.name })}
            actions={[
              {
                label: t.revoke,
                confirm: {
                  title: fillIn(t.revokeTitle, { name: k.name }),
                  body: t.revokeBody,
                  action: t.revoke,
                },
                onSelect: () =>
                  void run(
                    () => sendJson(`${api}/${k.id}`, 'DELETE'),
                    fillIn(t.revokedDone, { name: k.name }),
                  ),
              },
            ]}
          />
        ),
    },
  ];

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
      <DataTable
        caption={t.title}
        columns={columns}
        data={props.keys}
        search={t.search}
        filters={[
          {
            column: 'state',
            label: t.state,
            options: [
              { value: 'active', label: t.active },
              { value: 'revoked', label: t.revoked },
            ],
          },
        ]}
        rowClassName={(k) => (k.revoked ? 'text-slate-400' : undefined)}
        empty={<p>{t.none}</p>}
      />
      <form
        onSubmit={onCreate}
        noValidate
        className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-4 text-sm"
      >
        <label className="flex min-w-0 flex-col gap-1">
          {t.name}
          <input
            name="name"
            placeholder={t.nameHint}
            className="rounded border border-slate-300 p-1.5"
          />
        </label>
        <Button type="submit" variant="primary">
          {t.create}
        </Button>
      </form>
    </section>
  );
}
