'use client';

import { useState } from 'react';
import { sendJson } from '@/components/ui/api';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/Notice';
import { ActionMenu } from '@/components/ui/row-actions';
import { useUiText } from '@/components/ui/ui-text';
import { useMutation } from '@/components/ui/use-mutation';
import { fillIn } from '@/lib/i18n/format';
import { fieldLabel, fieldText, hoursSummary } from './format';
import { ServiceForm } from './ServiceForm';
import { StandardList } from './StandardList';
import type { OwnTemplateRow, ServicesText } from './types';

/** Who adopted the template, and what each unit changed for itself. */
function Adopters({ template, t }: { template: OwnTemplateRow; t: ServicesText }) {
  if (template.adopters.length === 0)
    return <p className="text-xs text-slate-500">{t.templates.noAdopters}</p>;
  return (
    <table className="mt-1 w-full text-left text-xs">
      <caption className="text-left font-medium text-slate-700">
        {fillIn(t.templates.adopters, { count: String(template.adopters.length) })}
      </caption>
      <thead className="text-slate-500">
        <tr>
          <th className="py-1">{t.templates.unit}</th>
          <th>{t.templates.ownFields}</th>
        </tr>
      </thead>
      <tbody>
        {template.adopters.map((a) => (
          <tr key={a.serviceId} className="border-t border-slate-100 align-top">
            <td className="py-1">{a.unit}</td>
            <td>
              {a.overrides.length === 0
                ? t.templates.followsAll
                : a.overrides.map((o) => (
                    <p key={o.field} data-field={o.field}>
                      {fieldLabel(o.field, t)}: {fieldText(o.field, o.value, t)}
                    </p>
                  ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A regency's, city's or kecamatan's templates for the units below: made, changed, deleted here. */
export function TemplatesManager(props: {
  unitId: number;
  canManage: boolean;
  templates: OwnTemplateRow[];
  t: ServicesText;
}) {
  const { t, canManage } = props;
  const ui = useUiText();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const { run, error } = useMutation();
  const base = `/api/units/${props.unitId}/service-templates`;

  return (
    <section
      aria-labelledby="own-templates"
      className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm"
    >
      <h2 id="own-templates" className="font-semibold">
        {t.templates.title}
      </h2>
      <p className="text-sm text-slate-600">{t.templates.intro}</p>
      {error && <Notice tone="error">{error.message}</Notice>}
      {props.templates.length === 0 && <Notice>{t.templates.none}</Notice>}
      {props.templates.map((tpl) =>
        editing === tpl.id ? (
          <ServiceForm
            key={tpl.id}
            t={t}
            initial={tpl}
            submitLabel={t.templates.save}
            onCancel={() => setEditing(null)}
            onSubmit={async (body) => {
              await sendJson(`${base}/${tpl.id}`, 'PATCH', body);
              setEditing(null);
            }}
          />
        ) : (
          <article
            key={tpl.id}
            aria-label={tpl.name}
            className="rounded border border-slate-200 p-3 text-sm"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-medium">{tpl.name}</h3>
              {canManage && (
                <ActionMenu
                  label={fillIn(ui.actionsFor, { name: tpl.name })}
                  actions={[
                    { label: t.edit, onSelect: () => setEditing(tpl.id) },
                    {
                      label: t.remove,
                      confirm: {
                        title: fillIn(t.templates.removeTitle, { name: tpl.name }),
                        body: t.templates.removeBody,
                        action: t.remove,
                      },
                      onSelect: () =>
                        void run(
                          () => sendJson(`${base}/${tpl.id}`, 'DELETE'),
                          fillIn(t.templates.removed, { name: tpl.name }),
                        ),
                    },
                  ]}
                />
              )}
            </div>
            <p className="text-xs text-slate-600">
              {t.categories[tpl.category]} · {hoursSummary(tpl.openingHours, t)} · {t.capacity}{' '}
              {tpl.dailyCapacity ?? t.noLimit} · {t.admits} {fieldText('admits', tpl.admits, t)}
            </p>
            <StandardList settings={tpl} t={t} />
            <Adopters template={tpl} t={t} />
          </article>
        ),
      )}
      {canManage &&
        (editing === 'new' ? (
          <ServiceForm
            t={t}
            submitLabel={t.templates.add}
            onCancel={() => setEditing(null)}
            onSubmit={async (body) => {
              await sendJson(base, 'POST', body);
              setEditing(null);
            }}
          />
        ) : (
          <Button variant="primary" className="self-start" onClick={() => setEditing('new')}>
            {t.templates.add}
          </Button>
        ))}
    </section>
  );
}
