import Link from 'next/link';
import type { AttentionRow } from '@/lib/attention/rows';
import { fillIn, formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import { overviewHref } from './query';

type Tile = { label: string; n: number; missing: AttentionRow[]; listTitle: string };

/** Coverage of the child units, each figure naming (and linking) the units it leaves out. */
export function ChildUnitsCoverage(props: {
  rows: AttentionRow[];
  rangeQuery: Record<string, string | undefined>;
  t: Dictionary['dashboard']['children'];
  words: Dictionary['attention']['coverage'];
  locale: 'id' | 'en';
}) {
  const { rows, t, words, locale } = props;
  const number = (n: number) => formatNumber(n, locale);
  const silent = rows.filter((r) => r.flags.some((f) => f.kind === 'silent'));
  const withoutPoster = rows.filter((r) => r.activePosters === 0);
  const withoutCheckin = rows.filter((r) => r.week === 0);
  const tiles: Tile[] = [
    {
      label: t.withPoster,
      n: rows.length - withoutPoster.length,
      missing: withoutPoster,
      listTitle: words.withoutPoster,
    },
    {
      label: t.withCheckin,
      n: rows.length - withoutCheckin.length,
      missing: withoutCheckin,
      listTitle: words.withoutCheckin,
    },
    { label: words.silentToday, n: silent.length, missing: silent, listTitle: words.silentList },
  ];
  return (
    <dl className="mb-3 grid gap-2 sm:grid-cols-3" data-testid="children-coverage">
      {tiles.map((tile) => (
        <div key={tile.label} className="rounded bg-slate-50 p-3">
          <dt className="text-xs text-slate-600">{tile.label}</dt>
          <dd className="text-sm font-medium">
            {fillIn(t.ofUnits, {
              n: number(tile.n),
              total: number(rows.length),
              share: formatPercent(rows.length ? tile.n / rows.length : 0, locale),
            })}
          </dd>
          {tile.missing.length > 0 && (
            <dd>
              <details className="mt-1 text-xs">
                <summary className="cursor-pointer text-slate-700 underline-offset-2 hover:underline">
                  {fillIn(tile.listTitle, { n: number(tile.missing.length) })}
                </summary>
                <ul className="mt-1 grid max-h-48 gap-0.5 overflow-y-auto">
                  {tile.missing.map((r) => (
                    <li key={r.id}>
                      <Link href={overviewHref(r.id, props.rangeQuery, {})}>{r.name}</Link>
                    </li>
                  ))}
                </ul>
              </details>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
