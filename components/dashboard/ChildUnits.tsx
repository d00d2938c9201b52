'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { MouseEvent } from 'react';
import { FlagList } from '@/components/attention/FlagList';
import { Sparkline } from '@/components/attention/Sparkline';
import { type Column, DataTable } from '@/components/ui/data-table';
import { change } from '@/lib/attention/rows';
import { SPARK_DAYS } from '@/lib/attention/rules';
import {
  type ChildTableParams,
  type ChildTableRow,
  childPage,
  withRange,
} from '@/lib/attention/table';
import type { FlagVoice } from '@/lib/attention/words';
import {
  fillIn,
  formatChange,
  formatDateTime,
  formatNumber,
  formatPercent,
} from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { LiveSnapshot } from '@/lib/stats/dashboard';
import { ChildUnitsCoverage } from './ChildUnitsCoverage';
import { overviewHref } from './query';
import { useLiveSnapshot } from './useLiveSnapshot';

type Props = {
  unitId: number;
  initial: LiveSnapshot;
  /** The chosen range's last day and each child's check-ins in it, as the page was rendered. */
  range: { last: string; figures: Record<number, { checkins: number; admitted: number }> };
  params: ChildTableParams;
  /** The range part of the query string, kept by sort, page and drill-down links. */
  rangeQuery: Record<string, string | undefined>;
  t: Dictionary['dashboard'];
  words: Dictionary['attention'];
  kinds: Dictionary['kinds'];
  noChildren: string;
  locale: 'id' | 'en';
  timeZone: string;
  weekday: string;
};

/**
 * The child units by need of attention, each with its flags and their reasons, today against
 * the same weekday last week and a sparkline; coverage above names the units left out. Rows,
 * flags and order follow the unit's live stream; sorting and paging go through the URL.
 */
export function ChildUnits(props: Props) {
  const { t, words, params, locale, rangeQuery, unitId } = props;
  const router = useRouter();
  const { snapshot } = useLiveSnapshot(unitId, props.initial);
  const c = t.children;
  const w = words.table;
  const rows = withRange(snapshot.attention, props.initial.attention, props.range);
  const page = childPage(rows, params);
  const number = (n: number) => formatNumber(n, locale);
  const voice: FlagVoice = { t: words, locale, when: 'today', weekday: props.weekday };
  const tableQuery = { ...rangeQuery, sort: params.sort, dir: params.dir, page: String(page.page) };
  const go = (changes: Record<string, string>) =>
    router.push(overviewHref(unitId, tableQuery, changes), { scroll: false });
  const numeric = { className: 'text-right tabular-nums' };
  const columns: Column<ChildTableRow>[] = [
    {
      id: 'name',
      accessorKey: 'name',
      header: c.unit,
      meta: { rowHeader: true },
      cell: ({ row: { original: r } }) => (
        <>
          <Link href={overviewHref(r.id, rangeQuery, {})} className="font-medium">
            {r.name}
          </Link>{' '}
          <span className="text-xs text-slate-500">
            {props.kinds[r.kind]}
            {r.code ? ` · ${r.code}` : ''}
          </span>
        </>
      ),
    },
    {
      id: 'attention',
      accessorKey: 'score',
      header: w.attention,
      meta: { cellClassName: 'min-w-56' },
      cell: ({ row: { original: r } }) => <FlagList flags={r.flags} voice={voice} />,
    },
    {
      id: 'today',
      accessorKey: 'today',
      header: w.today,
      meta: numeric,
      cell: ({ row: { original: r } }) => {
        const delta = change(r);
        return (
          <div data-testid="child-today">
            <span className="font-medium">{number(r.today)}</span>
            <span
              className={`block text-xs ${delta < 0 ? 'text-rose-700' : delta > 0 ? 'text-emerald-700' : 'text-slate-500'}`}
              title={fillIn(w.versus, {
                change: formatChange(delta, locale),
                weekday: props.weekday,
              })}
            >
              {formatChange(delta, locale)}
              <span className="sr-only">
                {' '}
                {fillIn(w.versus, { change: '', weekday: props.weekday })}
              </span>
            </span>
          </div>
        );
      },
    },
    {
      id: 'spark',
      header: fillIn(w.spark, { days: SPARK_DAYS }),
      enableSorting: false,
      cell: ({ row: { original: r } }) => (
        <Sparkline
          values={r.spark}
          label={fillIn(w.sparkLabel, { days: SPARK_DAYS, values: r.spark.map(number).join(', ') })}
        />
      ),
    },
    {
      id: 'checkins',
      accessorKey: 'checkins',
      header: w.rangeCheckins,
      meta: numeric,
      cell: ({ getValue }) => number(getValue<number>()),
    },
    {
      id: 'admittedShare',
      accessorKey: 'admittedShare',
      header: t.admittedShare,
      sortDescFirst: true,
      meta: numeric,
      cell: ({ getValue }) => {
        const v = getValue<number | null>();
        return v === null ? '—' : formatPercent(v, locale);
      },
    },
    {
      id: 'activePosters',
      accessorKey: 'activePosters',
      header: c.activePosters,
      meta: numeric,
      cell: ({ getValue }) => number(getValue<number>()),
    },
    {
      id: 'lastCheckinAt',
      accessorKey: 'lastCheckinAt',
      header: c.lastCheckinAt,
      sortDescFirst: true,
      meta: { className: 'text-right' },
      cell: ({ getValue }) => {
        const v = getValue<string | null>();
        return v ? formatDateTime(new Date(v), props.timeZone, locale) : c.never;
      },
    },
  ];
  if (rows.length === 0) {
    return (
      <section className="rounded-lg bg-white p-4 shadow-sm">
        <h2 className="mb-2 font-semibold">{c.title}</h2>
        <p className="text-sm text-slate-500">{props.noChildren}</p>
      </section>
    );
  }
  // A click anywhere on a row opens that unit, as its name's link does (which keyboards use).
  const open = (href: string) => (event: MouseEvent<HTMLTableRowElement>) => {
    if (
      (event.target as HTMLElement).closest('a, button, summary') ||
      window.getSelection()?.toString()
    )
      return;
    router.push(href);
  };
  return (
    <section className="rounded-lg bg-white p-4 shadow-sm" aria-labelledby="children-title">
      <h2 id="children-title" className="mb-2 font-semibold">
        {c.title}
      </h2>
      <ChildUnitsCoverage
        rows={rows}
        rangeQuery={rangeQuery}
        t={c}
        words={words.coverage}
        locale={locale}
      />
      <DataTable
        caption={c.title}
        columns={columns}
        data={page.rows}
        testId="children-table"
        empty={<p>{props.noChildren}</p>}
        rowProps={(r) => ({
          'data-unit': r.id,
          onClick: open(overviewHref(r.id, rangeQuery, {})),
          className: 'cursor-pointer hover:bg-slate-50',
        })}
        server={{
          pageIndex: page.page - 1,
          pageCount: page.pages,
          onPage: (i) => go({ page: String(i + 1) }),
          sorting: [{ id: params.sort, desc: params.dir === 'desc' }],
          onSort: ([s]) => s && go({ sort: s.id, dir: s.desc ? 'desc' : 'asc', page: '1' }),
        }}
      />
    </section>
  );
}
