'use client';

import { sendJson } from '@/components/ui/api';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import { hoursSummary } from './format';
import { StandardList } from './StandardList';
import type { OfferedTemplateRow, ServicesText } from './types';

/** The templates of the units above, each adopted in one click as a service of this unit. */
export function OfferedTemplates(props: {
  unitId: number;
  canManage: boolean;
  templates: OfferedTemplateRow[];
  t: ServicesText;
}) {
  const { t } = props;
  const { run, pending, error } = useMutation();
  if (props.templates.length === 0) return null;
  return (
    <section
      aria-labelledby="offered-templates"
      className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm"
    >
      <h2 id="offered-templates" className="font-semibold">
        {t.templates.offeredTitle}
      </h2>
      <p className="text-sm text-slate-600">{t.templates.offeredIntro}</p>
      {error && <Notice tone="error">{error.message}</Notice>}
      <table className="w-full text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-1">{t.name}</th>
            <th>{t.templates.owner}</th>
            <th>{t.category}</th>
            <th>{t.hours}</th>
            <th>{t.capacity}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {props.templates.map((tpl) => (
            <tr key={tpl.id} className="border-t border-slate-100 align-top">
              <td className="py-1.5">
                <span className="font-medium">{tpl.name}</span>
                <StandardList settings={tpl} t={t} />
              </td>
              <td>{tpl.owner}</td>
              <td>{t.categories[tpl.category]}</td>
              <td className="text-xs">{hoursSummary(tpl.openingHours, t)}</td>
              <td>{tpl.dailyCapacity ?? t.noLimit}</td>
              <td className="text-right">
                {tpl.adopted ? (
                  <span className="text-slate-500">{t.templates.adopted}</span>
                ) : (
                  props.canManage && (
                    <button
                      type="button"
                      disabled={pending}
                      className="rounded border border-emerald-700 px-2 py-1 text-emerald-800"
                      onClick={() =>
                        run(() =>
                          sendJson(`/api/units/${props.unitId}/services/adopt`, 'POST', {
                            templateId: tpl.id,
                          }),
                        )
                      }
                    >
                      {t.templates.adopt}
                    </button>
                  )
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
