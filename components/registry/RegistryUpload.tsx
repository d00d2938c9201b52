'use client';

import { useState } from 'react';
import { sendFile } from '@/components/ui/api';
import { Notice } from '@/components/ui/Notice';
import { useMutation } from '@/components/ui/use-mutation';
import type { Dictionary } from '@/lib/i18n/id';

type Report = { imported: number; rejected: { line: number; reason: string }[] };

/** Sends the chosen CSV as it is; the server hashes every NIK and phone before storing. */
export function RegistryUpload({ unitId, t }: { unitId: number; t: Dictionary['registry'] }) {
  const [report, setReport] = useState<Report | null>(null);
  // The page shows nothing of the registry itself: the report below is the whole answer.
  const { run, pending, error } = useMutation({ refresh: false });

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return;
    const uploaded = await run(async () => {
      const data = await sendFile<{ report: Report }>(`/api/units/${unitId}/registry`, 'POST', file, 'text/csv');
      setReport(data.report);
    });
    if (!uploaded) setReport(null);
  }

  const reason = (code: string) => t.reasons[code as keyof typeof t.reasons] ?? code;
  return (
    <section className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm">
      <h2 className="font-semibold">{t.title}</h2>
      <p className="text-sm text-slate-600">{t.intro}</p>
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col gap-1">
          {t.file}
          <input type="file" name="file" accept=".csv,text/csv" required />
        </label>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-emerald-700 px-3 py-1.5 font-medium text-white disabled:opacity-50"
        >
          {pending ? t.uploading : t.upload}
        </button>
      </form>
      {error && <Notice tone="error">{error.message}</Notice>}
      {report && (
        <div role="status" className="text-sm">
          <p className="font-medium">
            {t.imported.replace('{count}', report.imported.toLocaleString('id-ID'))}
          </p>
          {report.rejected.length > 0 && (
            <>
              <p className="mt-2">
                {t.rejectedTitle.replace('{count}', report.rejected.length.toLocaleString('id-ID'))}
              </p>
              <ul className="mt-1 max-h-64 list-disc overflow-auto pl-5 text-slate-700">
                {report.rejected.slice(0, 500).map((r) => (
                  <li key={r.line}>
                    {t.line.replace('{line}', String(r.line)).replace('{reason}', reason(r.reason))}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
