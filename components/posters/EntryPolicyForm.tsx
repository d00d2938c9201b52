'use client';

import { useState } from 'react';
import { sendJson } from '@/components/ui/api';
import { Notice } from '@/components/ui/Notice';
import { type MutationError, useMutation } from '@/components/ui/use-mutation';
import type { Dictionary } from '@/lib/i18n/id';
import type { Status } from '@/lib/services/vocabulary';

/** Who a policy may admit; hitam never enters, so it is not offered. */
const choices = ['hijau', 'kuning', 'merah', 'tidak_tercatat'] as const;

export type PolicyLevelRow = { name: string; unitName: string | null; since: string };
export type OwnPolicyRow = { id: number; name: string; effective: string; admits: Status[]; state: 'past' | 'in_force' | 'scheduled' };

const fields = ['name', 'effectiveDate', 'admits'];

/** A refusal by the field it names ('admits.0', an unknown outcome, is still the outcomes' field); any other under '_'. */
function byField(error: MutationError | null): Record<string, string> {
  if (!error) return {};
  const named = Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k.split('.')[0]!, v]));
  return fields.some((k) => named[k]) ? named : { _: error.message };
}

/** Adds one dated policy; the server's refusal (a looser child, a past date) shows by its field. */
function AddPolicyForm(props: { unitId: number; today: string; admits: Status[]; t: Dictionary['entryPolicy']; statuses: Dictionary['statuses'] }) {
  const { t } = props;
  const { run, error } = useMutation();
  const [saved, setSaved] = useState(false);
  const errors = byField(error);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    setSaved(false);
    await run(async () => {
      await sendJson(`/api/units/${props.unitId}/entry-policy`, 'POST', {
        name: form.get('name'),
        effectiveDate: form.get('effectiveDate'),
        admits: form.getAll('admits'),
      });
      setSaved(true);
      formEl.reset();
    });
  }

  const fieldError = (key: string) =>
    errors[key] && (
      <span id={`policy-${key}-error`} role="alert" className="text-red-700">
        {errors[key]}
      </span>
    );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 border-t border-slate-100 pt-3 text-sm">
      <h3 className="font-semibold">{t.add}</h3>
      <label className="flex flex-col gap-1">
        {t.name}
        <input
          name="name"
          placeholder={t.nameHint}
          maxLength={200}
          aria-invalid={!!errors.name}
          aria-describedby={errors.name ? 'policy-name-error' : undefined}
          className="rounded border border-slate-300 p-1.5"
        />
        {fieldError('name')}
      </label>
      <label className="flex flex-col gap-1">
        {t.effectiveDate}
        <input
          type="date"
          name="effectiveDate"
          defaultValue={props.today}
          min={props.today}
          aria-invalid={!!errors.effectiveDate}
          aria-describedby={errors.effectiveDate ? 'policy-effectiveDate-error' : undefined}
          className="w-48 rounded border border-slate-300 p-1.5"
        />
        {fieldError('effectiveDate')}
      </label>
      <fieldset className="flex flex-wrap items-center gap-3" aria-describedby={errors.admits ? 'policy-admits-error' : undefined}>
        <legend className="mb-1">{t.admits}</legend>
        {choices.map((s) => (
          <label key={s} className="flex items-center gap-1">
            <input type="checkbox" name="admits" value={s} defaultChecked={props.admits.includes(s)} />
            {props.statuses[s]}
          </label>
        ))}
        {fieldError('admits')}
      </fieldset>
      <p className="text-xs text-slate-500">{t.note}</p>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded bg-emerald-700 px-3 py-1.5 font-semibold text-white">
          {t.save}
        </button>
        {saved && <Notice tone="done">{t.saved}</Notice>}
        {errors._ && <Notice tone="error">{errors._}</Notice>}
      </div>
    </form>
  );
}

/**
 * The unit's entry policy: who enters now and which policies (its own and its ancestors') make
 * it, the unit's own policies over time, and, for an admin, the form to add one.
 */
export function EntryPolicyForm(props: {
  unitId: number;
  canManage: boolean;
  today: string;
  inForce: { admits: Status[]; levels: PolicyLevelRow[] };
  scheduledAbove: { name: string; unitName: string; date: string }[];
  own: OwnPolicyRow[];
  t: Dictionary['entryPolicy'];
  statuses: Dictionary['statuses'];
}) {
  const { t, statuses, inForce } = props;
  const names = (admits: Status[]) => admits.map((s) => statuses[s]).join(', ');
  return (
    <div className="grid gap-3" data-testid="entry-policy">
      <h2 className="font-semibold">{t.title}</h2>
      <div className="rounded bg-slate-50 p-3 text-sm">
        <p className="font-medium">
          {t.inForce}: {inForce.admits.length ? t.admitsNow.replace('{list}', names(inForce.admits)) : t.nobody}
        </p>
        {inForce.levels.length === 0 ? (
          <p className="text-slate-600">{t.byDefault}</p>
        ) : (
          <>
            <p className="mt-1 text-slate-600">{t.madeBy}</p>
            <ul className="list-disc pl-5" aria-label={t.madeBy}>
              {inForce.levels.map((l, i) => (
                <li key={i}>
                  <span className="font-medium">{l.name}</span> ({l.unitName ?? t.thisUnit}, {t.since.replace('{date}', l.since)})
                </li>
              ))}
            </ul>
          </>
        )}
        {props.scheduledAbove.map((s, i) => (
          <p key={i} className="mt-1 text-slate-600">
            {t.scheduledAbove.replace('{name}', s.name).replace('{unit}', s.unitName).replace('{date}', s.date)}
          </p>
        ))}
      </div>
      <h3 className="text-sm font-semibold">{t.history}</h3>
      {props.own.length === 0 ? (
        <p className="text-sm text-slate-500">{t.noHistory}</p>
      ) : (
        <table className="w-full text-left text-sm" aria-label={t.history}>
          <thead className="text-slate-500">
            <tr>
              <th className="py-1">{t.columns.name}</th>
              <th>{t.columns.effective}</th>
              <th>{t.columns.admits}</th>
              <th>{t.columns.state}</th>
            </tr>
          </thead>
          <tbody>
            {props.own.map((p) => (
              <tr key={p.id} className={`border-t border-slate-100 ${p.state === 'past' ? 'text-slate-400' : ''}`}>
                <td className="py-1.5 font-medium">{p.name}</td>
                <td>{p.effective}</td>
                <td>{names(p.admits)}</td>
                <td>{t.states[p.state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.canManage && <AddPolicyForm unitId={props.unitId} today={props.today} admits={inForce.admits} t={t} statuses={statuses} />}
    </div>
  );
}
