'use client';

import { sendJson } from '@/components/ui/api';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import type { Dictionary } from '@/lib/i18n/id';

/** The admin's switch for the unit's public statistics page, with its address and embed code. */
export function PublicSwitch({ unitId, enabled, origin, t }: { unitId: number; enabled: boolean; origin: string; t: Dictionary['stats'] }) {
  const { run, pending, error } = useMutation({ offline: t.saveFailed });
  const url = `${origin}/statistik/${unitId}`;
  const toggle = () => run(() => sendJson(`/api/units/${unitId}/public-stats`, 'PUT', { enabled: !enabled }));
  return (
    <section className="flex flex-col gap-2 rounded-lg bg-white p-4 text-sm shadow-sm">
      <h2 className="font-semibold">{t.publicTitle}</h2>
      {enabled ? (
        <>
          <p>
            {t.publicOn}{' '}
            <a href={url} target="_blank" rel="noreferrer">
              {url}
            </a>
          </p>
          <p>{t.embed}</p>
          <code className="block rounded bg-slate-50 p-2 text-xs break-all">{`<iframe src="${url}/embed" width="100%" height="420" style="border:0" title="Statistik Pindai"></iframe>`}</code>
        </>
      ) : (
        <p className="text-slate-600">{t.publicOff}</p>
      )}
      <div>
        <button type="button" disabled={pending} onClick={toggle} className="rounded border border-slate-300 px-3 py-1.5">
          {enabled ? t.disable : t.enable}
        </button>
      </div>
      {error && <Notice tone="error">{error.message}</Notice>}
    </section>
  );
}
