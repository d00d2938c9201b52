import type { Locale } from '@/lib/i18n';
import { fillIn, formatNumber } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { Summary } from '@/lib/stats/summary';

/** The range's check-ins and the people behind them, offices and private venues apart. */
export function KeyFigures({
  summary: s,
  t,
  locale,
}: {
  summary: Summary;
  t: Dictionary['stats']['figures'];
  locale: Locale;
}) {
  const n = (v: number) => formatNumber(v, locale);
  const figures: { key: string; label: string; value: string; note?: string }[] = [
    { key: 'checkins', label: t.checkins, value: n(s.totals.checkins) },
    s.visitors === null
      ? {
          key: 'visitors',
          label: t.visitors,
          value: '—',
          note: fillIn(t.visitorsUnknown, { days: s.keptDays }),
        }
      : { key: 'visitors', label: t.visitors, value: n(s.visitors) },
    {
      key: 'offices',
      label: t.offices,
      value: n(s.offices.places),
      note: fillIn(t.placeCheckins, { n: n(s.offices.checkins) }),
    },
    {
      key: 'venues',
      label: t.venues,
      value: n(s.venues.places),
      note: fillIn(t.placeCheckins, { n: n(s.venues.checkins) }),
    },
  ];
  return (
    <dl aria-label={t.title} className="grid grid-cols-2 gap-3 md:grid-cols-4">
      {figures.map((f) => (
        <div
          key={f.key}
          className="rounded-lg border border-slate-200 p-3"
          data-testid={`figure-${f.key}`}
        >
          <dt className="text-sm text-slate-600">{f.label}</dt>
          <dd className="text-2xl font-bold tabular-nums">{f.value}</dd>
          {f.note && <dd className="text-xs text-slate-500">{f.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
