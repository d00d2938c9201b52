'use client';

import { usePathname, useRouter } from 'next/navigation';
import { type Column, DataTable } from '@/components/ui/data-table';
import type { AuditLine } from '@/lib/audit/describe';
import type { Dictionary } from '@/lib/i18n/id';

export type AuditRow = {
  id: number;
  when: string;
  who: string;
  /** The action in words, and its key (kept for the filter and for tests). */
  action: string;
  key: string;
  /** The unit below where it happened; null for this unit's own entries. */
  unit: string | null;
  lines: AuditLine[];
};

/** One entry's change as before → after lines. */
function Change({ lines, none }: { lines: AuditLine[]; none: string }) {
  if (lines.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
      {lines.map((l, i) => (
        <div key={i} className="contents">
          <dt className="text-slate-500">{l.field}</dt>
          <dd className="break-words">
            {l.before !== null && l.after !== null ? (
              <>
                <del className="text-slate-500">{l.before}</del> <span aria-hidden="true">→</span>{' '}
                <ins className="no-underline">{l.after}</ins>
              </>
            ) : (
              (l.after ?? l.before ?? none)
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The audit log's rows; the server filters, orders and pages them, the URL holds where one is. */
export function AuditTable(props: {
  entries: AuditRow[];
  /** The filter shown, as the query string holds it. */
  query: Record<string, string>;
  page: number;
  pages: number;
  order: 'desc' | 'asc';
  t: Dictionary['audit'];
  /** Said of an entry that changed nothing shown. */
  none: string;
}) {
  const { t } = props;
  const router = useRouter();
  const pathname = usePathname();
  const go = (changes: Record<string, string>) => {
    const next = new URLSearchParams({ ...props.query, ...changes });
    router.push(`${pathname}?${next}`);
  };
  const columns: Column<AuditRow>[] = [
    { accessorKey: 'when', header: t.when, meta: { className: 'whitespace-nowrap' } },
    {
      accessorKey: 'action',
      header: t.action,
      enableSorting: false,
      cell: ({ row: { original: e } }) => (
        <span data-action={e.key}>
          {e.action}
          {e.unit && <span className="block text-xs text-slate-500">{e.unit}</span>}
        </span>
      ),
    },
    {
      accessorKey: 'who',
      header: t.who,
      enableSorting: false,
      meta: { className: 'hidden sm:table-cell' },
    },
    {
      id: 'change',
      header: t.change,
      enableSorting: false,
      cell: ({ row }) => <Change lines={row.original.lines} none={props.none} />,
    },
  ];
  return (
    <DataTable
      caption={t.title}
      columns={columns}
      data={props.entries}
      empty={<p>{t.none}</p>}
      testId="audit-log"
      server={{
        pageIndex: props.page - 1,
        pageCount: props.pages,
        onPage: (i) => go({ page: String(i + 1) }),
        sorting: [{ id: 'when', desc: props.order === 'desc' }],
        onSort: (s) => go({ order: s[0]?.desc === false ? 'asc' : 'desc', page: '1' }),
      }}
    />
  );
}
