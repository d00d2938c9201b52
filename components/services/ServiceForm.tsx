'use client';

import { useState } from 'react';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import { serviceCategories, type TemplateField } from '@/lib/services/vocabulary';
import type { ServiceSettings, ServicesText } from './types';

const ADMITTABLE = ['hijau', 'kuning', 'merah', 'tidak_tercatat'] as const;
const DEFAULT_HOURS: ServiceSettings['openingHours'] = [
  ...Array(4).fill({ open: '08:00', close: '15:00' }),
  { open: '08:00', close: '11:00' },
  null,
  null,
];

/** Whether an adopted service's field follows its template or is the unit's own. */
function Origin({ field, overridden, t }: { field: TemplateField; overridden?: TemplateField[]; t: ServicesText }) {
  if (!overridden) return null;
  const own = overridden.includes(field);
  return (
    <span data-origin={own ? 'own' : 'template'} className={`ml-2 rounded px-1.5 text-xs ${own ? 'bg-amber-100 text-amber-900' : 'bg-slate-100 text-slate-600'}`}>
      {own ? t.templates.own : t.templates.inherited}
    </span>
  );
}

/**
 * Creates or edits one service or template through `onSubmit` (the request); the server validates
 * again and its message is shown in the form, which stays open until the change goes through. For
 * an adopted service, `overridden` marks each field as the template's or the unit's own. `queue`
 * (a service's, never a template's) holds its queue letter.
 */
export function ServiceForm(props: {
  t: ServicesText;
  initial?: ServiceSettings;
  overridden?: TemplateField[];
  queue?: { letter: string | null };
  submitLabel?: string;
  onSubmit: (body: unknown) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t, initial, overridden } = props;
  const origin = (field: TemplateField) => <Origin field={field} overridden={overridden} t={t} />;
  const [hours, setHours] = useState(initial?.openingHours ?? DEFAULT_HOURS);
  const { run, error } = useMutation();

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const capacity = String(form.get('dailyCapacity') ?? '').trim();
    const letter = String(form.get('queueLetter') ?? '').trim().toUpperCase();
    await run(() =>
      props.onSubmit({
        name: form.get('name'),
        category: form.get('category'),
        description: form.get('description') ?? '',
        openingHours: hours,
        dailyCapacity: capacity === '' ? null : Number(capacity),
        admits: form.getAll('admits'),
        requirements: form.get('requirements') ?? '',
        completionTime: form.get('completionTime') ?? '',
        fee: form.get('fee') ?? '',
        ...(props.queue ? { queueLetter: letter === '' ? null : letter } : {}),
      }),
    );
  }

  const setDay = (i: number, value: ServiceSettings['openingHours'][number]) =>
    setHours((h) => h.map((d, j) => (j === i ? value : d)));

  return (
    <form onSubmit={submit} noValidate className="grid gap-3 rounded border border-slate-200 p-4 text-sm">
      {error && <Notice tone="error">{error.message}</Notice>}
      {overridden && <p className="text-slate-600">{t.templates.formNote}</p>}
      <label className="flex flex-col gap-1">
        <span>
          {t.name}
          {origin('name')}
        </span>
        <input name="name" defaultValue={initial?.name} className="rounded border border-slate-300 p-1.5" />
      </label>
      <label className="flex flex-col gap-1">
        <span>
          {t.category}
          {origin('category')}
        </span>
        <select name="category" defaultValue={initial?.category ?? 'umum'} className="rounded border border-slate-300 p-1.5">
          {serviceCategories.map((c) => (
            <option key={c} value={c}>
              {t.categories[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span>
          {t.description}
          {origin('description')}
        </span>
        <textarea name="description" defaultValue={initial?.description} rows={2} className="rounded border border-slate-300 p-1.5" />
      </label>
      <fieldset className="grid gap-1">
        <legend className="mb-1">
          {t.hours}
          {origin('openingHours')}
        </legend>
        {t.weekdays.map((day, i) => {
          const d = hours[i] ?? null;
          return (
            <div key={day} className="flex items-center gap-2">
              <span className="w-20">{day}</span>
              <label className="flex items-center gap-1">
                <input type="checkbox" checked={!!d} onChange={(e) => setDay(i, e.target.checked ? { open: '08:00', close: '15:00' } : null)} />
                {d ? t.open : t.closed}
              </label>
              {d && (
                <>
                  <input type="time" aria-label={`${day} ${t.open}`} value={d.open} onChange={(e) => setDay(i, { ...d, open: e.target.value })} className="rounded border border-slate-300 p-1" />
                  –
                  <input type="time" aria-label={`${day} ${t.closed}`} value={d.close} onChange={(e) => setDay(i, { ...d, close: e.target.value })} className="rounded border border-slate-300 p-1" />
                </>
              )}
            </div>
          );
        })}
      </fieldset>
      <label className="flex flex-col gap-1">
        <span>
          {t.capacity} ({t.noLimit} = kosong)
          {origin('dailyCapacity')}
        </span>
        <input name="dailyCapacity" type="number" defaultValue={initial?.dailyCapacity ?? ''} className="w-40 rounded border border-slate-300 p-1.5" />
      </label>
      <fieldset className="flex gap-3">
        <legend className="mb-1">
          {t.admits}
          {origin('admits')}
        </legend>
        {ADMITTABLE.map((s) => (
          <label key={s} className="flex items-center gap-1">
            <input type="checkbox" name="admits" value={s} defaultChecked={(initial?.admits ?? ['hijau', 'kuning']).includes(s)} />
            {t.statuses[s]}
          </label>
        ))}
      </fieldset>
      <fieldset className="grid gap-2">
        <legend className="mb-1 font-medium">{t.standard}</legend>
        <label className="flex flex-col gap-1">
          <span>
            {t.requirements} ({t.requirementsHint})
            {origin('requirements')}
          </span>
          <textarea name="requirements" defaultValue={initial?.requirements} rows={3} className="rounded border border-slate-300 p-1.5" />
        </label>
        <label className="flex flex-col gap-1">
          <span>
            {t.completionTime} ({t.completionTimeHint})
            {origin('completionTime')}
          </span>
          <input name="completionTime" defaultValue={initial?.completionTime} className="rounded border border-slate-300 p-1.5" />
        </label>
        <label className="flex flex-col gap-1">
          <span>
            {t.fee} ({t.feeHint})
            {origin('fee')}
          </span>
          <input name="fee" defaultValue={initial?.fee} className="rounded border border-slate-300 p-1.5" />
        </label>
      </fieldset>
      {props.queue && (
        <label className="flex flex-col gap-1">
          {t.queue.letter}
          <input name="queueLetter" defaultValue={props.queue.letter ?? ''} maxLength={1} aria-describedby="queue-letter-hint" className="w-16 rounded border border-slate-300 p-1.5 text-center uppercase" />
          <span id="queue-letter-hint" className="text-xs text-slate-500">
            {t.queue.letterHint}
          </span>
        </label>
      )}
      <div className="flex gap-2">
        <button type="submit" className="rounded bg-emerald-700 px-3 py-1.5 font-semibold text-white">
          {props.submitLabel ?? (initial ? t.save : t.add)}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel} className="rounded border border-slate-300 px-3 py-1.5">
            {t.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
