import Link from 'next/link';
import { fillIn, formatDateTime, formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { ChildRow, ChildSort, ChildTableParams, Coverage } from '@/lib/stats/children';
import { overviewHref } from './query';

type Props = {
  unitId: number;
  page: { rows: ChildRow[]; page: number; pages: number; total: number };
  params: ChildTableParams;
  coverage: Coverage;
  quietChildren: number;
  /** The range part of the query string, kept by sort, page and drill-down links. */
  rangeQuery: Record<string, string | undefined>;
  t: Dictionary['dashboard'];
  noChildren: string;
  kinds: Dictionary['kinds'];
  locale: 'id' | 'en';
  timeZone: string;
};

function Figure(props: {
  label: string;
  n: number;
  total: number;
  locale: 'id' | 'en';
  template: string;
}) {
  return (
    <div className="rounded bg-slate-50 p-3">
      <dt className="text-xs text-slate-600">{props.label}</dt>
      <dd className="text-sm font-medium">
        {fillIn(props.template, {
          n: formatNumber(props.n, props.locale),
          total: formatNumber(props.total, props.locale),
          share: formatPercent(props.total ? props.n / props.total : 0, props.locale),
        })}
      </dd>
    </div>
  );
}

/** Uptake per child unit: coverage, then a table sorted and paged through the URL. */
export function ChildUptakeTable(props: Props) {
  const { t, page, params, coverage, locale, rangeQuery, unitId } = props;
  const c = t.children;
  const number = (n: number) => formatNumber(n, locale);
  const tableQuery = { ...rangeQuery, sort: params.sort, dir: params.dir, page: String(page.page) };
  const columns: { key: ChildSort; label: string; numeric: boolean }[] = [
    { key: 'name', label: c.unit, numeric: false },
    { key: 'checkins', label: t.checkins, numeric: true },
    { key: 'admittedShare', label: t.admittedShare, numeric: true },
    { key: 'activePosters', label: c.activePosters, numeric: true },
    { key: 'lastCheckinAt', label: c.lastCheckinAt, numeric: true },
  ];
  if (coverage.children === 0) {
    return (
      <section className="rounded-lg bg-white p-4 shadow-sm">
        <h2 className="mb-2 font-semibold">{c.title}</h2>
        <p className="text-sm text-slate-500">{props.noChildren}</p>
      </section>
    );
  }
  return (
    <section className="rounded-lg bg-white p-4 shadow-sm" aria-labelledby="children-title">
      <h2 id="children-title" className="mb-2 font-semibold">
        {c.title}
      </h2>
      <dl className="mb-3 grid gap-2 sm:grid-cols-3">
        {(
          [
            [c.withPoster, coverage.withPoster],
            [c.withCheckin, coverage.withCheckinThisWeek],
            [c.quietCount, props.quietChildren],
          ] as const
        ).map(([label, n]) => (
          <Figure key={label} label={label} n={n} total={coverage.children} locale={locale} template={c.ofUnits} />
        ))}
      </dl>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="children-table">
          <caption className="sr-only">{c.title}</caption>
          <thead className="text-slate-500">
            <tr>
              {columns.map((col) => {
                const active = params.sort === col.key;
                const dir =
                  active && params.dir === 'desc'
                    ? 'asc'
                    : active
                      ? 'desc'
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
                    className={`py-1 ${col.numeric ? 'text-right' : ''}`}
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
            {page.rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100">
                <th scope="row" className="py-1.5 font-normal">
                  <Link href={overviewHref(r.id, rangeQuery, {})} className="font-medium">
                    {r.name}
                  </Link>{' '}
                  <span className="text-xs text-slate-500">
                    {props.kinds[r.kind]}
                    {r.code ? ` · ${r.code}` : ''}
                  </span>
                  {r.quiet && (
                    <span
                      title={c.quietHint}
                      className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900"
                    >
                      ⚠ {c.quiet}
                      <span className="sr-only">: {c.quietHint}</span>
                    </span>
                  )}
                </th>
                <td className="text-right tabular-nums">{number(r.checkins)}</td>
                <td className="text-right tabular-nums">
                  {r.admittedShare === null ? '—' : formatPercent(r.admittedShare, locale)}
                </td>
                <td className="text-right tabular-nums">{number(r.activePosters)}</td>
                <td className="text-right">
                  {r.lastCheckinAt
                    ? formatDateTime(r.lastCheckinAt, props.timeZone, locale)
                    : c.never}
                </td>
              </tr>
            ))}
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
