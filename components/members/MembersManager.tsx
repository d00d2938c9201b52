'use client';

import { useState } from 'react';
import { sendJson } from '@/components/ui/api';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import type { Role } from '@/lib/auth/roles';
import type { Dictionary } from '@/lib/i18n/id';

type Member = { id: number; name: string; email: string; role: Role; since: string };

export function MembersManager(props: {
  unitId: number;
  members: Member[];
  /** The roles this admin may grant here (the grant matrix, decided on the server). */
  grantable: Role[];
  t: Dictionary['members'];
  roles: Dictionary['roles'];
}) {
  const { t, roles, unitId } = props;
  const { run, error } = useMutation();
  // A one-time link to hand over: an invitation for a new account, or a password reset.
  const [link, setLink] = useState<{ text: string; url: string } | null>(null);
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

  const roleSelect = (name: string, value?: Role, onChange?: (r: Role) => void) => (
    <select
      name={name}
      defaultValue={value ?? 'desk'}
      aria-label={t.role}
      onChange={onChange && ((e) => onChange(e.target.value as Role))}
      className="rounded border border-slate-300 p-1.5"
    >
      {props.grantable.map((r) => (
        <option key={r} value={r}>
          {roles[r]}
        </option>
      ))}
    </select>
  );

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
      {props.members.length === 0 ? (
        <p className="text-sm text-slate-500">{t.none}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1">{t.name}</th>
              <th>{t.email}</th>
              <th>{t.role}</th>
              <th>{t.since}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.members.map((m) => (
              <tr key={m.id} className="border-t border-slate-100">
                <td className="py-1.5">{m.name}</td>
                <td>{m.email}</td>
                <td>
                  {props.grantable.includes(m.role)
                    ? roleSelect(`role-${m.id}`, m.role, (role) =>
                        run(() => sendJson(`${base}/${m.id}`, 'PATCH', { role })),
                      )
                    : roles[m.role]}
                </td>
                <td>{new Date(m.since).toLocaleDateString('id-ID', { dateStyle: 'long' })}</td>
                <td className="text-right">
                  {props.grantable.includes(m.role) && (
                    <button
                      type="button"
                      className="mr-3 underline"
                      onClick={() =>
                        confirm(t.confirmReset.replace('{name}', m.name)) &&
                        run(async () => {
                          const res = await sendJson<{ resetLink: string }>(
                            `${base}/${m.id}/password-reset`,
                            'POST',
                          );
                          setLink({
                            text: t.resetLink.replace('{name}', m.name),
                            url: absolute(res.resetLink),
                          });
                        })
                      }
                    >
                      {t.resetPassword}
                    </button>
                  )}
                  {props.grantable.includes(m.role) && (
                    <button
                      type="button"
                      className="text-red-700 underline"
                      onClick={() =>
                        confirm(t.confirmRemove.replace('{name}', m.name)) &&
                        run(() => sendJson(`${base}/${m.id}`, 'DELETE'))
                      }
                    >
                      {t.remove}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        onSubmit={onAdd}
        className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-4 text-sm"
      >
        <h3 className="w-full font-semibold">{t.add}</h3>
        <label className="flex flex-col gap-1">
          {t.name}
          <input
            name="name"
            required
            maxLength={120}
            className="rounded border border-slate-300 p-1.5"
          />
        </label>
        <label className="flex flex-col gap-1">
          {t.email}
          <input
            name="email"
            type="email"
            required
            maxLength={254}
            className="rounded border border-slate-300 p-1.5"
          />
        </label>
        {roleSelect('role')}
        <button
          type="submit"
          className="rounded bg-emerald-700 px-3 py-1.5 font-semibold text-white"
        >
          {t.add}
        </button>
      </form>
    </section>
  );
}
