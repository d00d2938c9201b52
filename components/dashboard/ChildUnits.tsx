'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { MouseEvent } from 'react';
import { FlagList } from '@/components/attention/FlagList';
import { Sparkline } from '@/components/attention/Sparkline';
import { change } from '@/lib/attention/rows';
import { SPARK_DAYS } from '@/lib/attention/rules';
import { type ChildSort, type ChildTableParams, childPage, withRange } from '@/lib/attention/table';
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
  const columns: { key: ChildSort | null; label: string; numeric: boolean }[] = [
    { key: 'name', label: c.unit, numeric: false },
    { key: 'attention', label: w.attention, numeric: true },
    { key: 'today', label: w.today, numeric: true },
    { key: null, label: fillIn(w.spark, { days: SPARK_DAYS }), numeric: false },
    { key: 'checkins', label: w.rangeCheckins, numeric: true },
    { key: 'admittedShare', label: t.admittedShare, numeric: true },
    { key: 'activePosters', label: c.activePosters, numeric: true },
    { key: 'lastCheckinAt', label: c.lastCheckinAt, numeric: true },
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
      <div className="relative overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="children-table">
          <caption className="sr-only">{c.title}</caption>
          <thead className="text-slate-500">
            <tr>
              {columns.map((col) => {
                if (!col.key) {
                  return (
                    <th key={col.label} scope="col" className="px-2 py-1 font-normal">
                      {col.label}
                    </th>
                  );
                }
                const active = params.sort === col.key;
                const dir = active
                  ? params.dir === 'desc'
                    ? 'asc'
                    : 'desc'
                  : col.numeric
                    ? 'desc'
                    : 'asc';
                return (
                  <th
                    key={col.key}
                    scope="col"
                    aria-sort={
                      active ? (params.dir === 'asc' ? 'ascending' : 'descending') : undefined
                    }
                    className={`px-2 py-1 font-normal ${col.numeric && col.key !== 'attention' ? 'text-right' : ''}`}
                  >
                    <Link
                      href={overviewHref(unitId, tableQuery, { sort: col.key, dir, page: '1' })}
                      aria-label={fillIn(c.sortBy, { column: col.label })}
                      className="text-slate-600 underline-offset-2 hover:underline"
                    >
                      {col.label}
                      {active ? (params.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </Link>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => {
              const href = overviewHref(r.id, rangeQuery, {});
              const delta = change(r);
              return (
                <tr
                  key={r.id}
                  data-unit={r.id}
                  onClick={open(href)}
                  className="cursor-pointer border-t border-slate-100 align-top hover:bg-slate-50"
                >
                  <th scope="row" className="px-2 py-1.5 font-normal">
                    <Link href={href} className="font-medium">
                      {r.name}
                    </Link>{' '}
                    <span className="text-xs text-slate-500">
                      {props.kinds[r.kind]}
                      {r.code ? ` · ${r.code}` : ''}
                    </span>
                  </th>
                  <td className="min-w-56 px-2 py-1.5">
                    <FlagList flags={r.flags} voice={voice} />
                  </td>
                  <td className="px-2 py-1.5 text-right tabular-nums" data-testid="child-today">
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
                  </td>
                  <td className="px-2 py-1.5">
                    <Sparkline
                      values={r.spark}
                      label={fillIn(w.sparkLabel, {
                        days: SPARK_DAYS,
                        values: r.spark.map(number).join(', '),
                      })}
                    />
                  </td>
                  <td className="px-2 py-1.5 text-right tabular-nums">{number(r.checkins)}</td>
                  <td className="px-2 py-1.5 text-right tabular-nums">
                    {r.admittedShare === null ? '—' : formatPercent(r.admittedShare, locale)}
                  </td>
                  <td className="px-2 py-1.5 text-right tabular-nums">{number(r.activePosters)}</td>
                  <td className="px-2 py-1.5 text-right">
                    {r.lastCheckinAt
                      ? formatDateTime(new Date(r.lastCheckinAt), props.timeZone, locale)
                      : c.never}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <nav
        aria-label={fillIn(c.page, { page: page.page, pages: page.pages, total: page.total })}
        className="mt-3 flex items-center gap-3 text-sm"
      >
        {page.page > 1 && (
          <Link href={overviewHref(unitId, tableQuery, { page: String(page.page - 1) })}>
            {c.prev}
          </Link>
        )}
        <span className="text-slate-600">
          {fillIn(c.page, {
            page: number(page.page),
            pages: number(page.pages),
            total: number(page.total),
          })}
        </span>
        {page.page < page.pages && (
          <Link href={overviewHref(unitId, tableQuery, { page: String(page.page + 1) })}>
            {c.next}
          </Link>
        )}
      </nav>
    </section>
  );
}
