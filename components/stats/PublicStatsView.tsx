import { id as t } from '@/lib/i18n/id';
import type { Status } from '@/lib/services/vocabulary';
import { statusColour } from '@/lib/stats/colors';
import { fillIn, formatDay, formatNumber, formatPercent } from '@/lib/i18n/format';
import { MIN_PUBLIC_SKM } from '@/lib/skm/vocabulary';
import type { PublicStats, Shown } from '@/lib/stats/public';
import { unitTitle } from '@/lib/tenancy/labels';

const HIDDEN = '< 5';
const show = (n: Shown) => (n === null ? HIDDEN : formatNumber(n, 'id'));

/** The public statistics of a unit, in Bahasa Indonesia; `compact` for the iframe on a city website. */
export function PublicStatsView({ stats, compact = false }: { stats: PublicStats; compact?: boolean }) {
  const title = unitTitle(stats.unit, t);
  const max = Math.max(1, ...stats.byDay.map((d) => d.checkins ?? 0));
  return (
    <main className={`mx-auto flex max-w-3xl flex-col gap-4 ${compact ? 'p-2' : 'p-4'}`}>
      <header>
        <h1 className={compact ? 'text-lg font-bold' : 'text-2xl font-bold'}>Statistik check-in {title}</h1>
        <p className="text-sm text-slate-600">
          {formatDay(stats.range.first, 'id')} – {formatDay(stats.range.last, 'id')} (30 hari terakhir)
        </p>
      </header>
      <dl className="grid grid-cols-2 gap-3">
        <div className="rounded bg-white p-3 shadow-sm">
          <dt className="text-sm text-slate-600">Check-in</dt>
          <dd data-testid="public-checkins" className="text-2xl font-bold tabular-nums">{show(stats.checkins)}</dd>
        </div>
        <div className="rounded bg-white p-3 shadow-sm">
          <dt className="text-sm text-slate-600">Diizinkan masuk</dt>
          <dd data-testid="public-share" className="text-2xl font-bold tabular-nums">{stats.share === null ? '—' : formatPercent(stats.share, 'id', true)}</dd>
        </div>
      </dl>
      <table className="w-full text-left text-sm" aria-label="Menurut status">
        <tbody>
          {stats.byStatus.map((s) => (
            <tr key={s.status} className="border-t border-slate-100">
              <th className="py-1 font-normal">
                <span className="mr-2 inline-block h-3 w-3 rounded-sm align-middle" style={{ background: statusColour[s.status as Status] }} />
                {t.statuses[s.status as Status]}
              </th>
              <td className="text-right tabular-nums">{show(s.checkins)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-label="Per hari">
        <h2 className="mb-2 text-sm font-semibold">Check-in per hari</h2>
        <div className="flex h-24 items-end gap-px">
          {stats.byDay.map((d) => (
            <div
              key={d.date}
              title={`${formatDay(d.date, 'id')}: ${show(d.checkins)}`}
              className={d.checkins === null ? 'flex-1 bg-slate-200' : 'flex-1 bg-emerald-600'}
              style={{ height: `${d.checkins === null ? 4 : Math.max(1, ((d.checkins ?? 0) / max) * 100)}%` }}
            />
          ))}
        </div>
      </section>
      {!compact && stats.byChild.length > 0 && (
        <table className="w-full text-left text-sm" aria-label="Per unit">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1">Unit</th>
              <th className="text-right">Check-in</th>
            </tr>
          </thead>
          <tbody>
            {stats.byChild.map((c) => (
              <tr key={c.key} className="border-t border-slate-100">
                <td className="py-1">{unitTitle({ kind: c.kind, name: c.name }, t)}{c.key === 'self' ? ` (${t.stats.own})` : ''}</td>
                <td className="text-right tabular-nums">{show(c.checkins)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-label={t.skm.report.title} data-testid="public-skm" className="rounded bg-white p-3 shadow-sm">
        <h2 className="text-sm font-semibold">{t.skm.report.title}</h2>
        {'hidden' in stats.skm ? (
          <p className="text-sm text-slate-600">{fillIn(t.skm.report.hidden, { min: MIN_PUBLIC_SKM })}</p>
        ) : (
          <p className="text-sm">
            <span className="text-2xl font-bold tabular-nums">{stats.skm.ikm?.toLocaleString('id-ID', { minimumFractionDigits: 2 })}</span>{' '}
            {stats.skm.mutu && `(${stats.skm.mutu}, ${t.skm.mutu[stats.skm.mutu]})`} · {formatNumber(stats.skm.responses, 'id')} {t.skm.report.responses.toLowerCase()},{' '}
            {formatDay(stats.skm.first, 'id')} – {formatDay(stats.skm.last, 'id')}
          </p>
        )}
      </section>
      <p className="text-xs text-slate-500">
        Angka agregat dari Pindai; jumlah di bawah 5 ditampilkan sebagai “{HIDDEN}” agar tidak ada pengunjung yang dapat dikenali.
      </p>
    </main>
  );
}
