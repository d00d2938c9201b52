'use client';

import { useState } from 'react';
import { sendJson } from '@/components/ui/api';
import { Button } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/Notice';
import { ActionMenu } from '@/components/ui/row-actions';
import { useUiText } from '@/components/ui/ui-text';
import { useMutation } from '@/components/ui/use-mutation';
import { fillIn } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';

type DisplayRow = { id: number; name: string; prefix: string; created: string; revoked: boolean };

/** The admin's queue displays: creates a display's link (shown once), lists them by prefix and revokes them. */
export function QueueDisplays(props: {
  unitId: number;
  displays: DisplayRow[];
  t: Dictionary['queue']['displays'];
}) {
  const { t, unitId } = props;
  const ui = useUiText();
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

  const columns: Column<DisplayRow>[] = [
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
      accessorKey: 'created',
      header: t.created,
      enableSorting: false,
      meta: { className: 'hidden sm:table-cell' },
    },
    { id: 'state', accessorFn: (d) => (d.revoked ? t.revoked : t.active), header: t.state },
    {
      id: 'actions',
      header: () => <span className="sr-only">{ui.actions}</span>,
      enableSorting: false,
      meta: { className: 'text-right' },
      cell: ({ row: { original: d } }) =>
        !d.revoked && (
          <ActionMenu
            label={fillIn(ui.actionsFor, { name: d.name })}
            actions={[
              {
                label: t.revoke,
                confirm: {
                  title: fillIn(t.revokeTitle, { name: d.name }),
                  body: t.revokeBody,
                  action: t.revoke,
                },
                onSelect: () =>
                  void run(
                    () => sendJson(`${api}/${d.id}`, 'DELETE'),
                    fillIn(t.revokedDone, { name: d.name }),
                  ),
              },
            ]}
          />
        ),
    },
  ];

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
      <DataTable
        caption={t.title}
        columns={columns}
        data={props.displays}
        rowClassName={(d) => (d.revoked ? 'text-slate-400' : undefined)}
        empty={<p>{t.none}</p>}
      />
      <form
        onSubmit={onCreate}
        noValidate
        className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-3 text-sm"
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
