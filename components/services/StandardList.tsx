import type { TemplateField } from '@/lib/services/vocabulary';
import { fieldLabel } from './format';
import type { ServiceSettings, ServicesText } from './types';

const standardFields = ['requirements', 'completionTime', 'fee'] as const;

/**
 * The service standard (persyaratan, waktu penyelesaian, biaya) where one is stated, small under
 * a service's or template's name; `origin` marks each field of an adopted service.
 */
export function StandardList(props: {
  settings: ServiceSettings;
  t: ServicesText;
  origin?: (field: TemplateField) => string | undefined;
}) {
  const { settings, t } = props;
  const stated = standardFields.filter((f) => settings[f]);
  if (!stated.length) return null;
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-xs text-slate-600">
      {stated.map((f) => (
        <div key={f} className="contents" data-field={f} data-origin={props.origin?.(f)}>
          <dt>{fieldLabel(f, t)}</dt>
          <dd className="whitespace-pre-line">
            {settings[f]}
            {props.origin?.(f) === 'own' && (
              <span className="ml-1 rounded bg-amber-100 px-1 text-amber-900">
                {t.templates.own}
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
