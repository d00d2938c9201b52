import Link from 'next/link';
import { fillIn, formatDay } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { DateRange } from '@/lib/stats/range';
import { overviewHref } from './query';

/** Presets as links and a custom range as a plain GET form: the range lives in the URL. */
export function RangePicker(props: {
  unitId: number;
  range: DateRange;
  tzName: string;
  t: Dictionary['dashboard'];
  locale: 'id' | 'en';
}) {
  const { t, range, unitId, locale } = props;
  const presets = ['today', '7d', '30d'] as const;
  return (
    <section
      aria-label={t.range}
      className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 text-sm shadow-sm"
    >
      <nav aria-label={t.range} className="flex gap-1">
        {presets.map((p) => (
          <Link
            key={p}
            href={overviewHref(unitId, {}, { range: p === 'today' ? undefined : p })}
            aria-current={range.preset === p ? 'page' : undefined}
            className={`rounded px-3 py-1.5 font-medium ${range.preset === p ? 'bg-emerald-700 text-white' : 'bg-slate-100 text-slate-800'}`}
          >
            {t.ranges[p]}
          </Link>
        ))}
      </nav>
      <form method="get" action={`/u/${unitId}`} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="range" value="custom" />
        {(
          [
            ['from', t.from, range.first],
            ['to', t.to, range.last],
          ] as const
        ).map(([name, label, value]) => (
          <label key={name} className="flex flex-col gap-0.5">
            {label}
            <input type="date" name={name} defaultValue={value} required className="rounded border border-slate-300 p-1" />
          </label>
        ))}
        <button
          type="submit"
          className={`rounded px-3 py-1.5 font-medium ${range.preset === 'custom' ? 'bg-emerald-700 text-white' : 'bg-slate-100'}`}
        >
          {t.apply}
        </button>
      </form>
      <p className="text-slate-600">
        {fillIn(t.showing, {
          first: formatDay(range.first, locale),
          last: formatDay(range.last, locale),
          tz: props.tzName,
        })}
      </p>
    </section>
  );
}
