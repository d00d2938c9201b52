'use client';

import { useState } from 'react';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import { serviceCategories } from '@/lib/services/vocabulary';
import type { ServiceRow, ServicesText } from './types';

const ADMITTABLE = ['hijau', 'kuning', 'merah', 'tidak_tercatat'] as const;
const DEFAULT_HOURS: ServiceRow['openingHours'] = [
  ...Array(4).fill({ open: '08:00', close: '15:00' }),
  { open: '08:00', close: '11:00' },
  null,
  null,
];

/**
 * Creates or edits one service through `onSubmit` (the request); the server validates again and
 * its message is shown in the form, which stays open until the change goes through.
 */
export function ServiceForm(props: {
  t: ServicesText;
  initial?: ServiceRow;
  onSubmit: (body: unknown) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t, initial } = props;
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
        queueLetter: letter === '' ? null : letter,
      }),
    );
  }

  const setDay = (i: number, value: ServiceRow['openingHours'][number]) =>
    setHours((h) => h.map((d, j) => (j === i ? value : d)));

  return (
    <form onSubmit={submit} noValidate className="grid gap-3 rounded border border-slate-200 p-4 text-sm">
      {error && <Notice tone="error">{error.message}</Notice>}
      <label className="flex flex-col gap-1">
        {t.name}
        <input name="name" defaultValue={initial?.name} className="rounded border border-slate-300 p-1.5" />
      </label>
      <label className="flex flex-col gap-1">
        {t.category}
        <select name="category" defaultValue={initial?.category ?? 'umum'} className="rounded border border-slate-300 p-1.5">
          {serviceCategories.map((c) => (
            <option key={c} value={c}>
              {t.categories[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        {t.description}
        <textarea name="description" defaultValue={initial?.description} rows={2} className="rounded border border-slate-300 p-1.5" />
      </label>
      <fieldset className="grid gap-1">
        <legend className="mb-1">{t.hours}</legend>
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
        {t.capacity} ({t.noLimit} = kosong)
        <input name="dailyCapacity" type="number" defaultValue={initial?.dailyCapacity ?? ''} className="w-40 rounded border border-slate-300 p-1.5" />
      </label>
      <fieldset className="flex gap-3">
        <legend className="mb-1">{t.admits}</legend>
        {ADMITTABLE.map((s) => (
          <label key={s} className="flex items-center gap-1">
            <input type="checkbox" name="admits" value={s} defaultChecked={(initial?.admits ?? ['hijau', 'kuning']).includes(s)} />
            {t.statuses[s]}
          </label>
        ))}
      </fieldset>
      <label className="flex flex-col gap-1">
        {t.queue.letter}
        <input name="queueLetter" defaultValue={initial?.queueLetter ?? ''} maxLength={1} aria-describedby="queue-letter-hint" className="w-16 rounded border border-slate-300 p-1.5 text-center uppercase" />
        <span id="queue-letter-hint" className="text-xs text-slate-500">
          {t.queue.letterHint}
        </span>
      </label>
      <div className="flex gap-2">
        <button type="submit" className="rounded bg-emerald-700 px-3 py-1.5 font-semibold text-white">
          {initial ? t.save : t.add}
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
