'use client';

import { useState } from 'react';
import { sendJson } from '@/components/ui/api';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import { ServiceForm } from './ServiceForm';
import type { ServiceRow, ServicesText } from './types';

function hoursSummary(row: ServiceRow, t: ServicesText): string {
  return row.openingHours
    .map((d, i) => (d ? `${t.weekdays[i]!.slice(0, 3)} ${d.open.replace(':', '.')}–${d.close.replace(':', '.')}` : null))
    .filter(Boolean)
    .join(', ');
}

export function ServicesManager(props: {
  unitId: number;
  canManage: boolean;
  services: ServiceRow[];
  templates: { key: string; label: string }[];
  t: ServicesText;
}) {
  const { t, canManage } = props;
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const { run, error } = useMutation();
  const base = `/api/units/${props.unitId}/services`;

  return (
    <section className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm">
      <h2 className="font-semibold">{t.title}</h2>
      {!canManage && <p className="text-sm text-slate-600">{t.readOnly}</p>}
      {error && <Notice tone="error">{error.message}</Notice>}
      {props.services.length === 0 ? (
        <p className="text-sm text-slate-500">{t.none}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1">{t.name}</th>
              <th>{t.category}</th>
              <th>{t.hours}</th>
              <th>{t.capacity}</th>
              <th>{t.admits}</th>
              <th>{t.state}</th>
              {canManage && <th />}
            </tr>
          </thead>
          <tbody>
            {props.services.map((s) =>
              editing === s.id ? (
                <tr key={s.id}>
                  <td colSpan={7} className="py-2">
                    <ServiceForm
                      t={t}
                      initial={s}
                      onCancel={() => setEditing(null)}
                      onSubmit={async (body) => {
                        await sendJson(`${base}/${s.id}`, 'PATCH', body);
                        setEditing(null);
                      }}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={s.id} className="border-t border-slate-100 align-top">
                  <td className="py-1.5 font-medium">
                    {s.name}
                    {s.queueLetter && (
                      <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900" title={t.queue.letter}>
                        {t.queue.letter} {s.queueLetter}
                      </span>
                    )}
                  </td>
                  <td>{t.categories[s.category]}</td>
                  <td className="text-xs">{hoursSummary(s, t)}</td>
                  <td>{s.dailyCapacity ?? t.noLimit}</td>
                  <td>{s.admits.map((a) => t.statuses[a]).join(', ')}</td>
                  <td>{s.paused ? t.paused : t.active}</td>
                  {canManage && (
                    <td className="space-x-2 text-right whitespace-nowrap">
                      <button type="button" className="underline" onClick={() => setEditing(s.id)}>
                        {t.edit}
                      </button>
                      <button type="button" className="underline" onClick={() => run(() => sendJson(`${base}/${s.id}/pause`, 'POST', { paused: !s.paused }))}>
                        {s.paused ? t.resume : t.pause}
                      </button>
                      <button
                        type="button"
                        className="text-red-700 underline"
                        onClick={() => confirm(t.confirmRemove.replace('{name}', s.name)) && run(() => sendJson(`${base}/${s.id}`, 'DELETE'))}
                      >
                        {t.remove}
                      </button>
                    </td>
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {canManage && (
        <div className="flex flex-col gap-3 border-t border-slate-100 pt-4">
          {editing === 'new' ? (
            <ServiceForm
              t={t}
              onCancel={() => setEditing(null)}
              onSubmit={async (body) => {
                await sendJson(base, 'POST', body);
                setEditing(null);
              }}
            />
          ) : (
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <button type="button" onClick={() => setEditing('new')} className="rounded bg-emerald-700 px-3 py-1.5 font-semibold text-white">
                {t.add}
              </button>
              <form
                className="flex items-center gap-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  const template = new FormData(e.currentTarget).get('template');
                  void run(() => sendJson(`${base}/template`, 'POST', { template }));
                }}
              >
                <label className="flex items-center gap-2">
                  {t.template}
                  <select name="template" className="rounded border border-slate-300 p-1.5">
                    {props.templates.map((tpl) => (
                      <option key={tpl.key} value={tpl.key}>
                        {tpl.label}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className="rounded border border-slate-300 px-3 py-1.5">
                  {t.applyTemplate}
                </button>
              </form>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
