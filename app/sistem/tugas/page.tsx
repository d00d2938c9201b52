import type { Metadata } from 'next';
import { AppHeader } from '@/components/shell/AppHeader';
import { requireSuperadmin } from '@/lib/http/unit-page';
import { getDictionary, getLocale } from '@/lib/i18n';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { listJobRuns } from '@/lib/jobs/runs';

export const metadata: Metadata = { title: 'Tugas terjadwal' };

/** The jobs' latest runs (lib/jobs/), read-only: they span every unit, so superadmins only. */
export default async function JobRunsPage() {
  const { db, actor } = await requireSuperadmin('/sistem/tugas');
  const t = await getDictionary();
  const locale = await getLocale();
  const runs = await listJobRuns({ db, actor });
  const at = (d: Date) => formatDateTime(d, 'Asia/Jakarta', locale);
  return (
    <>
      <AppHeader actor={actor} t={t} />
      <main className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6">
        <h1 className="text-2xl font-bold">{t.jobs.title}</h1>
        <p className="text-sm text-slate-600">{t.jobs.intro}</p>
        {runs.length === 0 ? (
          <p className="text-sm text-slate-500">{t.jobs.none}</p>
        ) : (
          // Scrolls sideways inside its box on a phone, never the page.
          <div className="relative overflow-x-auto rounded-lg bg-white shadow-sm">
            <table className="w-full text-left text-sm">
              <thead className="text-slate-500">
                <tr>
                  <th className="p-2">{t.jobs.job}</th>
                  <th>{t.jobs.started}</th>
                  <th>{t.jobs.finished}</th>
                  <th className="text-right">{t.jobs.rows}</th>
                  <th className="pl-4">{t.jobs.error}</th>
                </tr>
              </thead>
              <tbody>
                {runs.map((run) => (
                  <tr key={run.id} className="border-t border-slate-100 align-baseline [&>td]:py-2">
                    <td className="px-2 font-mono">{run.job}</td>
                    <td className="whitespace-nowrap">{at(run.startedAt)}</td>
                    <td className="whitespace-nowrap">
                      {run.finishedAt ? at(run.finishedAt) : t.jobs.running}
                    </td>
                    <td className="text-right">
                      {run.rows === null ? '—' : formatNumber(run.rows, locale)}
                    </td>
                    <td className="pl-4 font-mono text-xs break-all text-red-700">
                      {run.error ?? ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </main>
    </>
  );
}
