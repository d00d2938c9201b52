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
import type { TemplateField } from '@/lib/services/vocabulary';
import { fieldLabel, hoursSummary } from './format';
import { ServiceForm } from './ServiceForm';
import { StandardList } from './StandardList';
import type { ServiceRow, ServicesText } from './types';

/** Where an adopted service's field comes from: its template, or the unit's own (none for a service of its own). */
const originOf = (row: ServiceRow, field: TemplateField) =>
  row.template ? (row.overridden.includes(field) ? 'own' : 'template') : undefined;

/** A cell's value, marked as the unit's own when it overrode its template's. */
function Field({
  row,
  field,
  t,
  children,
}: {
  row: ServiceRow;
  field: TemplateField;
  t: ServicesText;
  children: React.ReactNode;
}) {
  return (
    <span data-field={field} data-origin={originOf(row, field)}>
      {children}
      {originOf(row, field) === 'own' && (
        <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">
          {t.templates.own}
        </span>
      )}
    </span>
  );
}

/** Which template the service follows, and the fields it made its own, each with a way back. */
function Origin(props: {
  row: ServiceRow;
  t: ServicesText;
  canManage: boolean;
  onReturn: (field: TemplateField) => void;
}) {
  const { row, t } = props;
  if (!row.template) return null;
  const own = row.overridden.map((f) => fieldLabel(f, t).toLowerCase()).join(', ');
  return (
    <div className="mt-1 text-xs text-slate-600">
      <p>{fillIn(t.templates.from, row.template)}</p>
      <p>
        {row.overridden.length
          ? fillIn(t.templates.ownList, { fields: own })
          : t.templates.allInherited}
      </p>
      {props.canManage && row.overridden.length > 0 && (
        <p className="mt-1 flex flex-wrap gap-2">
          {row.overridden.map((field) => (
            <button
              key={field}
              type="button"
              className="underline"
              onClick={() => props.onReturn(field)}
            >
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
  const ui = useUiText();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const { run, error } = useMutation();
  const base = `/api/units/${props.unitId}/services`;
  const edited = props.services.find((s) => s.id === editing);

  const columns: Column<ServiceRow>[] = [
    {
      accessorKey: 'name',
      header: t.name,
      cell: ({ row: { original: s } }) => (
        <>
          <span className="font-medium" data-field="name" data-origin={originOf(s, 'name')}>
            {s.name}
          </span>
          {s.queueLetter && (
            <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900">
              {t.queue.letter} {s.queueLetter}
            </span>
          )}
          <Origin
            row={s}
            t={t}
            onReturn={(field) =>
              run(() => sendJson(`${base}/${s.id}/overrides/${field}`, 'DELETE'))
            }
            canManage={canManage}
          />
          <StandardList settings={s} t={t} origin={(f) => originOf(s, f)} />
        </>
      ),
    },
    {
      id: 'category',
      accessorFn: (s) => t.categories[s.category],
      header: t.category,
      meta: { className: 'hidden sm:table-cell' },
      cell: ({ row: { original: s } }) => (
        <Field row={s} field="category" t={t}>
          {t.categories[s.category]}
        </Field>
      ),
    },
    {
      id: 'hours',
      accessorFn: (s) => hoursSummary(s.openingHours, t),
      header: t.hours,
      enableSorting: false,
      meta: { className: 'hidden md:table-cell text-xs' },
      cell: ({ row: { original: s } }) => (
        <Field row={s} field="openingHours" t={t}>
          {hoursSummary(s.openingHours, t)}
        </Field>
      ),
    },
    {
      accessorKey: 'dailyCapacity',
      header: t.capacity,
      cell: ({ row: { original: s } }) => (
        <Field row={s} field="dailyCapacity" t={t}>
          {s.dailyCapacity ?? t.noLimit}
        </Field>
      ),
    },
    {
      id: 'admits',
      accessorFn: (s) => s.admits.map((a) => t.statuses[a]).join(', '),
      header: t.admits,
      enableSorting: false,
      meta: { className: 'hidden lg:table-cell' },
      cell: ({ row: { original: s } }) => (
        <Field row={s} field="admits" t={t}>
          {s.admits.map((a) => t.statuses[a]).join(', ')}
        </Field>
      ),
    },
    {
      id: 'state',
      accessorFn: (s) => (s.paused ? t.paused : t.active),
      header: t.state,
      filterFn: 'equalsString',
    },
  ];
  if (canManage) {
    columns.push({
      id: 'actions',
      header: () => <span className="sr-only">{ui.actions}</span>,
      enableSorting: false,
      meta: { className: 'text-right' },
      cell: ({ row: { original: s } }) => (
        <ActionMenu
          label={fillIn(ui.actionsFor, { name: s.name })}
          actions={[
            { label: t.edit, onSelect: () => setEditing(s.id) },
            {
              label: s.paused ? t.resume : t.pause,
              onSelect: () =>
                void run(
                  () => sendJson(`${base}/${s.id}/pause`, 'POST', { paused: !s.paused }),
                  fillIn(s.paused ? t.resumedDone : t.pausedDone, { name: s.name }),
                ),
            },
            'separator',
            {
              label: t.remove,
              confirm: {
                title: fillIn(t.removeTitle, { name: s.name }),
                body: t.removeBody,
                action: t.remove,
              },
              onSelect: () =>
                void run(
                  () => sendJson(`${base}/${s.id}`, 'DELETE'),
                  fillIn(t.removed, { name: s.name }),
                ),
            },
          ]}
        />
      ),
    });
  }

  return (
    <section
      aria-labelledby="services-title"
      className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm"
    >
      <h2 id="services-title" className="font-semibold">
        {t.title}
      </h2>
      {!canManage && <p className="text-sm text-slate-600">{t.readOnly}</p>}
      {error && <Notice tone="error">{error.message}</Notice>}
      {edited && (
        <div className="rounded border border-slate-200 p-3">
          <ServiceForm
            key={edited.id}
            t={t}
            initial={edited}
            overridden={edited.template ? edited.overridden : undefined}
            queue={{ letter: edited.queueLetter }}
            onCancel={() => setEditing(null)}
            onSubmit={async (body) => {
              await sendJson(`${base}/${edited.id}`, 'PATCH', body);
              setEditing(null);
            }}
          />
        </div>
      )}
      <DataTable
        caption={t.title}
        columns={columns}
        data={props.services}
        search={t.search}
        filters={[
          {
            column: 'state',
            label: t.state,
            options: [t.active, t.paused].map((v) => ({ value: v, label: v })),
          },
        ]}
        rowProps={(s) => ({ className: s.paused ? 'text-slate-500' : undefined })}
        empty={<p>{canManage ? t.none : t.noneReadOnly}</p>}
      />
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
              <Button variant="primary" onClick={() => setEditing('new')}>
                {t.add}
              </Button>
              <form
                className="flex flex-wrap items-center gap-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  const template = new FormData(e.currentTarget).get('template');
                  void run(() => sendJson(`${base}/template`, 'POST', { template }));
                }}
              >
                <label className="flex min-w-0 flex-wrap items-center gap-2">
                  {t.template}
                  <select
                    name="template"
                    className="max-w-full rounded border border-slate-300 p-1.5"
                  >
                    {props.templates.map((tpl) => (
                      <option key={tpl.key} value={tpl.key}>
                        {tpl.label}
                      </option>
                    ))}
                  </select>
                </label>
                <Button type="submit">{t.applyTemplate}</Button>
              </form>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
