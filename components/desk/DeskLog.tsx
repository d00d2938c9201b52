'use client';

import { type Column, DataTable } from '@/components/ui/data-table';
import { fillIn, formatNumber } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import { type DeskData, type DeskEntry, type LogFilter, statusClass } from './types';

/**
 * Today's log at the counter: filtered by decision and service, paged by the server, refused
 * scans marked in words and colour, with what the visitor's phone shows to compare.
 */
export function DeskLog(props: {
  log: DeskData['log'];
  services: { id: number; name: string }[];
  live: boolean;
  filter: LogFilter;
  onFilter: (next: LogFilter) => void;
  t: Dictionary['desk'];
  statusNames: Dictionary['statuses'];
}) {
  const { t, statusNames, log, filter } = props;
  const decision = (e: DeskEntry) => {
    if (e.kind === 'out') return <span>{t.outcomes.out}</span>;
    if (e.admitted) return <span className="text-emerald-800">✓ {t.admitted}</span>;
    return (
      <span className="font-medium text-red-800">
        ✕ {t.refused}
        {e.reason && <span className="block text-xs font-normal">{t.reasons[e.reason]}</span>}
      </span>
    );
  };
  // Three columns on a phone: when (and what the phone shows), where, and what was decided.
  const columns: Column<DeskEntry>[] = [
    {
      accessorKey: 'time',
      header: `${t.time} · ${t.code}`,
      cell: ({ row: { original: e } }) => (
        <>
          <span className="tabular-nums">{e.time}</span>
          {e.code && (
            <span className="block font-mono font-medium whitespace-nowrap" data-receipt>
              {e.code}
            </span>
          )}
          {e.visitorHint && (
            <span className="block text-xs whitespace-nowrap text-slate-600">{e.visitorHint}</span>
          )}
        </>
      ),
    },
    {
      accessorKey: 'service',
      header: t.service,
      cell: ({ row: { original: e } }) => (
        <>
          {e.service ?? t.entrance}
          {e.poster && <span className="block text-xs text-slate-500">{e.poster}</span>}
        </>
      ),
    },
    {
      id: 'decision',
      header: t.decision,
      cell: ({ row: { original: e } }) => (
        <>
          <span
            className={`rounded px-2 py-0.5 text-xs font-medium whitespace-nowrap ${statusClass[e.status]}`}
          >
            {statusNames[e.status]}
          </span>
          <span className="mt-1 block">{decision(e)}</span>
        </>
      ),
    },
    {
      accessorKey: 'channel',
      header: t.channel,
      meta: { className: 'hidden sm:table-cell' },
      cell: ({ row }) => t.channels[row.original.channel],
    },
  ];
  const select = 'rounded border border-slate-300 p-1.5';
  return (
    <section className="flex min-w-0 flex-col gap-3 rounded-lg bg-white p-4 shadow-sm md:col-span-2">
      <h2 className="flex flex-wrap items-center gap-3 font-semibold">
        {t.log}
        <span
          role="status"
          className={`text-xs font-normal ${props.live ? 'text-emerald-700' : 'text-slate-500'}`}
        >
          {props.live ? `● ${t.live}` : `○ ${t.offline}`}
        </span>
      </h2>
      <p className="text-sm text-slate-600">{t.compareHint}</p>
      <div className="flex flex-wrap items-end gap-2 text-sm">
        <label className="flex min-w-0 flex-col gap-1">
          {t.outcome}
          <select
            value={filter.outcome}
            onChange={(e) =>
              props.onFilter({
                ...filter,
                outcome: e.target.value as LogFilter['outcome'],
                page: 1,
              })
            }
            className={select}
          >
            <option value="">{t.all}</option>
            {(['admitted', 'refused', 'out'] as const).map((o) => (
              <option key={o} value={o}>
                {t.outcomes[o]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 flex-col gap-1">
          {t.service}
          <select
            value={filter.service}
            onChange={(e) => props.onFilter({ ...filter, service: e.target.value, page: 1 })}
            className={`${select} max-w-full`}
          >
            <option value="">{t.all}</option>
            <option value="entrance">{t.entrance}</option>
            {props.services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <span className="ml-auto text-slate-600" aria-live="polite">
          {fillIn(t.logCount, { total: formatNumber(log.total) })}
        </span>
      </div>
      <DataTable
        caption={t.log}
        columns={columns}
        data={log.rows}
        rowProps={(e) => ({ className: e.kind === 'in' && !e.admitted ? 'bg-red-50' : undefined })}
        empty={<p>{t.noLog}</p>}
        server={{
          pageIndex: log.page - 1,
          pageCount: log.pages,
          onPage: (i) => props.onFilter({ ...filter, page: i + 1 }),
        }}
        testId="desk-log"
      />
    </section>
  );
}
