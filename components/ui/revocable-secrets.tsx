'use client';

import { type ReactNode, useState } from 'react';
import { sendJson } from '@/components/ui/api';
import { Button } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/Notice';
import { ActionMenu } from '@/components/ui/row-actions';
import { useUiText } from '@/components/ui/ui-text';
import { useMutation } from '@/components/ui/use-mutation';
import { fillIn } from '@/lib/i18n/format';

export type SecretRow = {
  id: number;
  name: string;
  prefix: string;
  /** As shown; `createdAt` (ISO) sorts. */
  created: string;
  createdAt: string;
  revoked: boolean;
};

export type SecretWords = {
  title: string;
  none: string;
  name: string;
  nameHint: string;
  prefix: string;
  created: string;
  state: string;
  active: string;
  revoked: string;
  create: string;
  revoke: string;
  revokeTitle: string;
  revokeBody: string;
  revokedDone: string;
  shownOnce: string;
  search?: string;
};

/**
 * Secrets a unit hands out by name and can only revoke (API keys, display links): only a hash
 * is stored, so the new one is shown once. `create` posts the name and answers the secret;
 * `showFresh` renders it (a key to copy, a link to open).
 */
export function RevocableSecrets(props: {
  api: string;
  rows: SecretRow[];
  t: SecretWords;
  intro: ReactNode;
  create: (name: FormDataEntryValue | null) => Promise<string>;
  showFresh: (secret: string) => ReactNode;
  titleId?: string;
}) {
  const { t, api } = props;
  const ui = useUiText();
  const { run, error } = useMutation();
  const [fresh, setFresh] = useState<string | null>(null);

  async function onCreate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    await run(async () => {
      setFresh(await props.create(new FormData(formEl).get('name')));
      formEl.reset();
    });
  }

  const columns: Column<SecretRow>[] = [
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
      header: () => <span className="sr-only">{ui.actions}</span>,
      enableSorting: false,
      meta: { className: 'text-right' },
      cell: ({ row: { original: k } }) =>
        !k.revoked && (
          <ActionMenu
            label={fillIn(ui.actionsFor, { name: k.name })}
            actions={[
              {
                label: t.revoke,
                confirm: { title: fillIn(t.revokeTitle, { name: k.name }), body: t.revokeBody, action: t.revoke },
                onSelect: () => void run(() => sendJson(`${api}/${k.id}`, 'DELETE'), fillIn(t.revokedDone, { name: k.name })),
              },
            ]}
          />
        ),
    },
  ];

  return (
    <section className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm" aria-labelledby={props.titleId}>
      <h2 id={props.titleId} className="font-semibold">
        {t.title}
      </h2>
      <p className="text-sm text-slate-600">{props.intro}</p>
      {fresh && (
        <Notice tone="done">
          {t.shownOnce} {props.showFresh(fresh)}
        </Notice>
      )}
      {error && <Notice tone="error">{error.message}</Notice>}
      <DataTable
        caption={t.title}
        columns={columns}
        data={props.rows}
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
        rowProps={(k) => ({ className: k.revoked ? 'text-slate-400' : undefined })}
        empty={<p>{t.none}</p>}
      />
      <form onSubmit={onCreate} noValidate className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-4 text-sm">
        <label className="flex min-w-0 flex-col gap-1">
          {t.name}
          <input name="name" placeholder={t.nameHint} className="rounded border border-slate-300 p-1.5" />
        </label>
        <Button type="submit" variant="primary">
          {t.create}
        </Button>
      </form>
    </section>
  );
}
