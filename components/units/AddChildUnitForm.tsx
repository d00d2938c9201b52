'use client';

import { sendJson } from '@/components/ui/api';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import type { Dictionary } from '@/lib/i18n/id';

export function AddChildUnitForm(props: {
  unitId: number;
  t: Dictionary['unit'];
  kinds: Dictionary['kinds'];
}) {
  const { t, kinds } = props;
  const { run, error } = useMutation();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    await run(async () => {
      await sendJson(`/api/units/${props.unitId}/children`, 'POST', {
        kind: form.get('kind'),
        name: form.get('name'),
      });
      formEl.reset();
    });
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 flex flex-wrap items-end gap-2 border-t border-slate-100 pt-4 text-sm">
      <h3 className="w-full font-semibold">{t.addChild}</h3>
      <label className="flex flex-col gap-1">
        {t.childKind}
        <select name="kind" className="rounded border border-slate-300 p-1.5">
          <option value="agency">{kinds.agency}</option>
          <option value="venue">{kinds.venue}</option>
        </select>
      </label>
      <label className="flex flex-1 flex-col gap-1">
        {t.childName}
        <input name="name" maxLength={150} className="rounded border border-slate-300 p-1.5" />
      </label>
      <button type="submit" className="rounded bg-emerald-700 px-3 py-1.5 font-semibold text-white">
        {t.create}
      </button>
      {error && (
        <div className="w-full">
          <Notice tone="error">{error.message}</Notice>
        </div>
      )}
    </form>
  );
}
