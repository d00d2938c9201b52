import { fillIn, formatDay, formatNumber } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { QueueFigures } from '@/lib/queue/summary';

const decimal = (n: number, locale: 'id' | 'en') =>
  formatNumber(n, locale, { maximumFractionDigits: 1 });

/**
 * The counters' queues of the subtree over the range: numbers issued and served, the mean wait
 * until a number's first call, and numbers served per hour of serving; with the day's queue
 * to download for those who may export.
 */
export function QueueSection(props: {
  unitId: number;
  rows: QueueFigures[];
  day: string | null;
  t: Dictionary['queue']['stats'];
  locale: 'id' | 'en';
}) {
  const { rows, t, locale, unitId, day } = props;
  const minutes = (n: number | null) =>
    n === null ? '–' : fillIn(t.minutes, { n: decimal(n, locale) });
  return (
    <section
      className="rounded-lg bg-white p-4 shadow-sm"
      aria-labelledby="queue-stats-title"
      data-testid="queue-stats"
    >
      <h2 id="queue-stats-title" className="mb-2 font-semibold">
        {t.title}
      </h2>
      <table className="w-full text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-1 font-normal">{t.service}</th>
            <th className="text-right font-normal">{t.issued}</th>
            <th className="text-right font-normal">{t.served}</th>
            <th className="text-right font-normal">{t.wait}</th>
            <th className="text-right font-normal">{t.perHour}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.serviceId} className="border-t border-slate-100">
              <th scope="row" className="py-1 font-normal">
                {r.letter && <span className="mr-1 font-semibold">{r.letter}</span>}
                {r.service}
                {r.unitId !== unitId && <span className="text-slate-500"> · {r.unit}</span>}
              </th>
              <td className="text-right tabular-nums">{formatNumber(r.issued, locale)}</td>
              <td className="text-right tabular-nums">{formatNumber(r.served, locale)}</td>
              <td className="text-right tabular-nums">{minutes(r.meanWaitMinutes)}</td>
              <td className="text-right tabular-nums">
                {r.servedPerHour === null ? '–' : decimal(r.servedPerHour, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {day && (
        <p className="mt-2 flex gap-3 text-sm">
          {fillIn(t.download, { day: formatDay(day, locale) })}:
          {(['csv', 'xlsx'] as const).map((format) => (
            <a
              key={format}
              href={`/api/units/${unitId}/queue/export.${format}?day=${day}`}
              className="text-emerald-800 underline"
            >
              {format.toUpperCase()}
            </a>
          ))}
        </p>
      )}
    </section>
  );
}
