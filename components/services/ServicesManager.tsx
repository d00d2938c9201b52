'use client';

import { useState } from 'react';
import { sendJson } from '@/components/ui/api';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import { fillIn } from '@/lib/i18n/format';
import type { TemplateField } from '@/lib/services/vocabulary';
import { fieldLabel, hoursSummary } from './format';
import { ServiceForm } from './ServiceForm';
import { StandardList } from './StandardList';
import type { ServiceRow, ServicesText } from './types';

/** Where an adopted service's field comes from: its template, or the unit's own (none for a service of its own). */
const originOf = (row: ServiceRow, field: TemplateField) =>
  row.template ? (row.overridden.includes(field) ? 'own' : 'template') : undefined;

/** A cell's value, marked as the unit's own when it overrode its template's. */
function Cell({ row, field, t, children }: { row: ServiceRow; field: TemplateField; t: ServicesText; children: React.ReactNode }) {
  return (
    <td data-field={field} data-origin={originOf(row, field)}>
      {children}
      {originOf(row, field) === 'own' && <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">{t.templates.own}</span>}
    </td>
  );
}

/** Which template the service follows, and the fields it made its own, each with a way back. */
function Origin(props: { row: ServiceRow; t: ServicesText; canManage: boolean; onReturn: (field: TemplateField) => void }) {
  const { row, t } = props;
  if (!row.template) return null;
  const own = row.overridden.map((f) => fieldLabel(f, t).toLowerCase()).join(', ');
  return (
    <div className="mt-1 text-xs text-slate-600">
      <p>{fillIn(t.templates.from, row.template)}</p>
      <p>{row.overridden.length ? fillIn(t.templates.ownList, { fields: own }) : t.templates.allInherited}</p>
      {props.canManage && row.overridden.length > 0 && (
        <p className="mt-1 flex flex-wrap gap-2">
          {row.overridden.map((field) => (
            <button key={field} type="button" className="underline" onClick={() => props.onReturn(field)}>
              {fillIn(t.templates.returnField, { field: fieldLabel(field, t).toLowerCase() })}
            </button>
          ))}
        </p>
      )}
    </div>
  );
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
    <section aria-labelledby="services-title" className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm">
      <h2 id="services-title" className="font-semibold">
        {t.title}
      </h2>
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
                      overridden={s.template ? s.overridden : undefined}
                      queue={{ letter: s.queueLetter }}
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
                  <td className="py-1.5">
                    <span className="font-medium" data-field="name" data-origin={originOf(s, 'name')}>
                      {s.name}
                    </span>
                    {s.queueLetter && (
                      <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900">
                        {t.queue.letter} {s.queueLetter}
                      </span>
                    )}
                    <Origin row={s} t={t} onReturn={(field) => run(() => sendJson(`${base}/${s.id}/overrides/${field}`, 'DELETE'))} canManage={canManage} />
                    <StandardList settings={s} t={t} origin={(f) => originOf(s, f)} />
                  </td>
                  <Cell row={s} field="category" t={t}>
                    {t.categories[s.category]}
                  </Cell>
                  <Cell row={s} field="openingHours" t={t}>
                    <span className="text-xs">{hoursSummary(s.openingHours, t)}</span>
                  </Cell>
                  <Cell row={s} field="dailyCapacity" t={t}>
                    {s.dailyCapacity ?? t.noLimit}
                  </Cell>
                  <Cell row={s} field="admits" t={t}>
                    {s.admits.map((a) => t.statuses[a]).join(', ')}
                  </Cell>
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
              queue={{ letter: null }}
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
