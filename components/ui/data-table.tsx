'use client';

import {
  type ColumnDef,
  type ColumnFiltersState,
  columnFilteringFeature,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  metaHelper,
  type PaginationState,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  type SortingState,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { type HTMLAttributes, type ReactNode, useState } from 'react';
import { Button } from './button';
import { fillIn } from '@/lib/i18n/format';
import { cn } from './cn';
import { useUiText } from './ui-text';

/**
 * What every table of the app can do (TanStack Table v9 registers features one by one): sort,
 * filter by column and by a search box, and page. `meta.className` on a column, such as
 * `hidden sm:table-cell`, keeps a secondary column off a phone's screen.
 */
export const tableKit = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowPaginationFeature,
  // className: the column's header and cells; cellClassName: its cells only; rowHeader: its
  // cells name their row (th scope="row").
  columnMeta: metaHelper<{ className?: string; cellClassName?: string; rowHeader?: boolean }>(),
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, text: sortFn_text },
  filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString },
});

/** A column of one of the app's tables. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each column has its own value type
export type Column<T extends object> = ColumnDef<typeof tableKit, T, any>;

/** A column whose value is one of a few (a role, a state): filtered by a select above the table. */
export type TableFilter = {
  column: string;
  label: string;
  options: { value: string; label: string }[];
};

/** What a row carries besides its cells: a class, a click, data attributes tests and scripts find it by. */
export type RowProps = HTMLAttributes<HTMLTableRowElement> & {
  [data: `data-${string}`]: string | number | undefined;
};

/** Paging and sorting done by the server (a log too long to send whole): the table only asks. */
export type ServerPaging = {
  pageIndex: number;
  pageCount: number;
  onPage: (index: number) => void;
  sorting?: SortingState;
  onSort?: (sorting: SortingState) => void;
};

/**
 * The one table (TanStack Table): headers sort, a search box and selects filter, and pages of
 * `pageSize` rows; in the browser for lists that arrive whole, through `server` for logs.
 * Columns with a `footer` add a totals row. It scrolls sideways inside its own box, never the
 * page, and a column's `meta.className` can hide it on a phone.
 */
export function DataTable<T extends object>({
  columns,
  data,
  caption,
  search,
  filters = [],
  pageSize = 20,
  rowProps,
  empty,
  server,
  testId,
}: {
  columns: Column<T>[];
  data: T[];
  caption: string;
  /** The search box's label; no box without it. */
  search?: string;
  filters?: TableFilter[];
  pageSize?: number;
  rowProps?: (row: T) => RowProps;
  empty: ReactNode;
  server?: ServerPaging;
  testId?: string;
}) {
  const ui = useUiText();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize });
  const table = useTable({
    features: tableKit,
    data,
    columns,
    state: server
      ? {
          sorting: server.sorting ?? [],
          pagination: { pageIndex: server.pageIndex, pageSize: data.length || pageSize },
        }
      : { sorting, globalFilter, columnFilters, pagination },
    pageCount: server?.pageCount,
    manualPagination: !!server,
    manualSorting: !!server,
    manualFiltering: !!server,
    enableSorting: !server || !!server.onSort,
    // A server's order is always one or the other: a click flips it, never removes it.
    enableSortingRemoval: !server,
    onSortingChange: (updater) => {
      if (!server) return setSorting(updater);
      const next = typeof updater === 'function' ? updater(server.sorting ?? []) : updater;
      server.onSort?.(next);
    },
    onGlobalFilterChange: (value: string) => {
      setGlobalFilter(value);
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    },
    onColumnFiltersChange: (updater) => {
      setColumnFilters(updater);
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    },
    onPaginationChange: (updater) => {
      if (!server) return setPagination(updater);
      const next =
        typeof updater === 'function'
          ? updater({ pageIndex: server.pageIndex, pageSize })
          : updater;
      server.onPage(next.pageIndex);
    },
  });
  const rows = table.getRowModel().rows;
  const pageCount = Math.max(table.getPageCount(), 1);
  const pageIndex = table.state.pagination.pageIndex;
  // Nothing to search or filter in an empty list: it says only that it is empty.
  const filtering = !server && data.length > 0 && (search || filters.length > 0);

  return (
    <div className="flex min-w-0 flex-col gap-3" data-testid={testId}>
      {filtering && (
        <div className="flex flex-wrap items-end gap-2 text-sm">
          {search && (
            <label className="flex min-w-0 flex-1 flex-col gap-1 sm:max-w-xs">
              {search}
              <input
                type="search"
                value={globalFilter}
                onChange={(e) => table.setGlobalFilter(e.target.value)}
                className="rounded border border-slate-300 p-1.5"
              />
            </label>
          )}
          {filters.map((f) => (
            <label key={f.column} className="flex min-w-0 flex-col gap-1">
              {f.label}
              <select
                value={(table.getColumn(f.column)?.getFilterValue() as string | undefined) ?? ''}
                onChange={(e) =>
                  table.getColumn(f.column)?.setFilterValue(e.target.value || undefined)
                }
                className="rounded border border-slate-300 p-1.5"
              >
                <option value="">{ui.all}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      {rows.length === 0 ? (
        <div className="text-sm text-slate-500">{data.length === 0 ? empty : ui.noMatches}</div>
      ) : (
        // relative: the sr-only captions and labels inside stay in this box, not beside the page.
        <div className="relative -mx-4 overflow-x-auto px-4">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead className="text-slate-500">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    const label = <table.FlexRender header={header} />;
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        aria-sort={
                          sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined
                        }
                        className={cn(
                          'py-1 pr-3 font-medium',
                          header.column.columnDef.meta?.className,
                        )}
                      >
                        {header.column.getCanSort() && !header.isPlaceholder ? (
                          <button
                            type="button"
                            onClick={header.column.getToggleSortingHandler()}
                            className="inline-flex items-center gap-1 hover:text-slate-900"
                          >
                            {label}
                            <span aria-hidden="true" className="text-xs">
                              {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                            </span>
                          </button>
                        ) : (
                          label
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {rows.map((row) => {
                const { className, ...attributes } = rowProps?.(row.original) ?? {};
                return (
                  <tr
                    key={row.id}
                    {...attributes}
                    className={cn('border-t border-slate-100 align-top', className)}
                  >
                    {row.getAllCells().map((cell) => {
                      const meta = cell.column.columnDef.meta;
                      const Cell = meta?.rowHeader ? 'th' : 'td';
                      return (
                        <Cell
                          key={cell.id}
                          scope={meta?.rowHeader ? 'row' : undefined}
                          className={cn(
                            'py-1.5 pr-3',
                            meta?.rowHeader && 'font-normal',
                            meta?.className,
                            meta?.cellClassName,
                          )}
                        >
                          <table.FlexRender cell={cell} />
                        </Cell>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
            {columns.some((c) => c.footer) && (
              <tfoot className="font-semibold">
                {table.getFooterGroups().map((group) => (
                  <tr key={group.id} className="border-t border-slate-300">
                    {group.headers.map((footer) => (
                      <td
                        key={footer.id}
                        className={cn('py-1.5 pr-3', footer.column.columnDef.meta?.className)}
                      >
                        <table.FlexRender footer={footer} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tfoot>
            )}
          </table>
        </div>
      )}
      {pageCount > 1 && (
        <nav
          aria-label={ui.pages}
          className="flex flex-wrap items-center justify-between gap-2 text-sm"
        >
          <span>
            {fillIn(ui.pageOf, { page: pageIndex + 1, count: pageCount })}
          </span>
          <span className="flex gap-2">
            <Button
              size="sm"
              onClick={() => table.previousPage()}
              disabled={!table.getCanPreviousPage()}
            >
              ← {ui.previous}
            </Button>
            <Button size="sm" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
              {ui.next} →
            </Button>
          </span>
        </nav>
      )}
    </div>
  );
}
