'use client';

import { useState } from 'react';
import { sendJson } from '@/components/ui/api';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { type Column, DataTable } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/Notice';
import { ActionMenu } from '@/components/ui/row-actions';
import { useUiText } from '@/components/ui/ui-text';
import { useMutation } from '@/components/ui/use-mutation';
import type { Role } from '@/lib/auth/roles';
import { fillIn } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';

type Member = {
  id: number;
  name: string;
  email: string;
  role: Role;
  since: string;
  sinceAt: string;
};

export function MembersManager(props: {
  unitId: number;
  members: Member[];
  /** The roles this admin may grant here (the grant matrix, decided on the server). */
  grantable: Role[];
  t: Dictionary['members'];
  roles: Dictionary['roles'];
}) {
  const { t, roles, unitId } = props;
  const ui = useUiText();
  const { run, error } = useMutation();
  // A one-time link to hand over: an invitation for a new account, or a password reset.
  const [link, setLink] = useState<{ text: string; url: string } | null>(null);
  // A role picked in a row's select, waiting for the admin to confirm it.
  const [change, setChange] = useState<{ member: Member; role: Role } | null>(null);
  // Bumped when a change is answered, so the selects show the stored roles again.
  const [asked, setAsked] = useState(0);
  const absolute = (path: string) => new URL(path, window.location.origin).href;
  const base = `/api/units/${unitId}/members`;

  async function onAdd(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = Object.fromEntries(new FormData(formEl));
    await run(async () => {
      const res = await sendJson<{ setupLink: string | null }>(base, 'POST', form);
      setLink(res.setupLink ? { text: t.setupLink, url: absolute(res.setupLink) } : null);
      formEl.reset();
    });
  }

  const roleOptions = props.grantable.map((r) => (
    <option key={r} value={r}>
      {roles[r]}
    </option>
  ));

  const columns: Column<Member>[] = [
    {
      accessorKey: 'name',
      header: t.name,
      cell: ({ row: { original: m } }) => (
        <>
          {m.name}
          <span className="block text-xs break-all text-slate-500 sm:hidden">{m.email}</span>
        </>
      ),
    },
    {
      accessorKey: 'email',
      header: t.email,
      meta: { className: 'hidden sm:table-cell break-all' },
    },
    {
      accessorKey: 'role',
      header: t.role,
      filterFn: 'equalsString',
      cell: ({ row: { original: m } }) =>
        props.grantable.includes(m.role) ? (
          <select
            // Keyed by the stored role, so a cancelled change shows it again.
            key={`${m.role}-${asked}`}
            defaultValue={m.role}
            aria-label={`${t.role} ${m.name}`}
            onChange={(e) => setChange({ member: m, role: e.target.value as Role })}
            className="max-w-40 rounded border border-slate-300 p-1.5"
          >
            {roleOptions}
          </select>
        ) : (
          roles[m.role]
        ),
    },
    {
      accessorKey: 'sinceAt',
      header: t.since,
      meta: { className: 'hidden md:table-cell' },
      cell: ({ row }) => row.original.since,
    },
    {
      id: 'actions',
      header: () => <span className="sr-only">{ui.actions}</span>,
      enableSorting: false,
      meta: { className: 'text-right' },
      cell: ({ row: { original: m } }) =>
        props.grantable.includes(m.role) && (
          <ActionMenu
            label={fillIn(ui.actionsFor, { name: m.name })}
            actions={[
              {
                label: t.resetPassword,
                destructive: false,
                confirm: {
                  title: fillIn(t.resetTitle, { name: m.name }),
                  body: t.resetBody,
                  action: t.resetPassword,
                  destructive: false,
                },
                onSelect: () =>
                  void run(async () => {
                    const res = await sendJson<{ resetLink: string }>(
                      `${base}/${m.id}/password-reset`,
                      'POST',
                    );
                    setLink({
                      text: fillIn(t.resetLink, { name: m.name }),
                      url: absolute(res.resetLink),
                    });
                  }),
              },
              {
                label: t.remove,
                confirm: {
                  title: fillIn(t.removeTitle, { name: m.name }),
                  body: t.removeBody,
                  action: t.remove,
                },
                onSelect: () =>
                  void run(
                    () => sendJson(`${base}/${m.id}`, 'DELETE'),
                    fillIn(t.removed, { name: m.name }),
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
      <p className="text-sm text-slate-600">{t.inheritNote}</p>
      {error && <Notice tone="error">{error.message}</Notice>}
      {link && (
        <Notice tone="done">
          {link.text} <code className="font-mono font-bold break-all">{link.url}</code>
        </Notice>
      )}
      <DataTable
        caption={t.title}
        columns={columns}
        data={props.members}
        search={t.search}
        filters={[
          {
            column: 'role',
            label: t.role,
            options: Object.keys(roles)
              .filter((r) => r !== 'superadmin')
              .map((r) => ({ value: r, label: roles[r as Role] })),
          },
        ]}
        empty={<p>{t.none}</p>}
      />
      {change && (
        <ConfirmDialog
          open
          onOpenChange={(open) => {
            if (open) return;
            setChange(null);
            setAsked((n) => n + 1);
          }}
          confirm={{
            title: fillIn(t.changeRoleTitle, {
              name: change.member.name,
              role: roles[change.role],
            }),
            body: fillIn(t.changeRoleBody, { name: change.member.name }),
            action: t.changeRole,
          }}
          onConfirm={() =>
            void run(
              () => sendJson(`${base}/${change.member.id}`, 'PATCH', { role: change.role }),
              fillIn(t.roleChanged, { name: change.member.name, role: roles[change.role] }),
            )
          }
        />
      )}
      <form
        onSubmit={onAdd}
        className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-4 text-sm"
      >
        <h3 className="w-full font-semibold">{t.add}</h3>
        <label className="flex min-w-0 flex-col gap-1">
          {t.name}
          <input
            name="name"
            required
            maxLength={120}
            className="rounded border border-slate-300 p-1.5"
          />
        </label>
        <label className="flex min-w-0 flex-col gap-1">
          {t.email}
          <input
            name="email"
            type="email"
            required
            maxLength={254}
            className="rounded border border-slate-300 p-1.5"
          />
        </label>
        <select
          name="role"
          defaultValue="desk"
          aria-label={t.role}
          className="rounded border border-slate-300 p-1.5"
        >
          {roleOptions}
        </select>
        <Button type="submit" variant="primary">
          {t.add}
        </Button>
      </form>
    </section>
  );
}
