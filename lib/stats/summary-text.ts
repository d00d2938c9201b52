import type { Locale } from '@/lib/i18n';
import { formatDay, formatNumber, formatPercent } from '@/lib/i18n/format';
import { type Status, statuses } from '@/lib/services/vocabulary';
import type { Summary } from './summary';

/** Status words in a sentence; not recorded is an outcome of its own, never counted as merah. */
const statusWords: Record<Locale, Record<Status, string>> = {
  id: { hijau: 'hijau', kuning: 'kuning', merah: 'merah', hitam: 'hitam', tidak_tercatat: 'tidak tercatat di data vaksinasi' },
  en: { hijau: 'green', kuning: 'yellow', merah: 'red', hitam: 'black', tidak_tercatat: 'not recorded in the vaccination data' },
};

/** "Menurut status: 3 hijau, 1 kuning, dan 1 tidak tercatat di data vaksinasi." (statuses seen only) */
function byStatus(s: Summary, locale: Locale): string {
  const parts = statuses.filter((k) => s.totals.byStatus[k] > 0).map((k) => `${formatNumber(s.totals.byStatus[k], locale)} ${statusWords[locale][k]}`);
  const and = locale === 'id' ? 'dan' : 'and';
  const list = parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')}${locale === 'id' ? ',' : ''} ${and} ${parts.at(-1)}`;
  return `${locale === 'id' ? 'Menurut status' : 'By status'}: ${list}.`;
}

/** The range in words: "1–30 November 2026", or its two ends in full. */
function period(first: string, last: string, locale: Locale): string {
  if (first === last) return formatDay(first, locale);
  if (first.slice(0, 7) === last.slice(0, 7)) return `${Number(first.slice(8))}–${formatDay(last, locale)}`;
  return `${formatDay(first, locale)} – ${formatDay(last, locale)}`;
}

/**
 * A paragraph for a press release with the range's key figures. `unitTitle` is the chosen
 * unit's name as people write it ("Kabupaten Bekasi"); `service` the busiest service's label.
 */
export function summaryText(s: Summary, unitTitle: string, service: string | null, locale: Locale): string {
  const n = (v: number) => formatNumber(v, locale);
  const when = period(s.range.first, s.range.last, locale);
  const before = period(s.previous.first, s.previous.last, locale);
  const { checkins, admitted } = s.totals;
  if (locale === 'id') {
    if (!checkins) return `Selama ${when} belum ada pengunjung yang melakukan check-in di kantor-kantor ${unitTitle}.`;
    const parts = [
      `Selama ${when}, sebanyak ${n(checkins)} pengunjung melakukan check-in di ${n(s.offices)} kantor ${unitTitle}; ${formatPercent(admitted / checkins, 'id', true)} di antaranya diizinkan masuk.`,
      byStatus(s, 'id'),
    ];
    if (service && s.busiestService) parts.push(`Layanan tersibuk adalah ${service} dengan ${n(s.busiestService.checkins)} check-in.`);
    if (s.busiestDay) parts.push(`Hari tersibuk adalah ${formatDay(s.busiestDay.key, 'id', 'full')} dengan ${n(s.busiestDay.checkins)} check-in.`);
    parts.push(
      s.change === null
        ? `Pada periode sebelumnya (${before}) belum ada check-in.`
        : `Dibandingkan periode sebelumnya (${before}, ${n(s.previousCheckins)} check-in), jumlah check-in ${s.change >= 0 ? 'naik' : 'turun'} ${formatPercent(Math.abs(s.change), 'id', true)}.`,
    );
    return parts.join(' ');
  }
  const ins = (v: number) => `${n(v)} check-in${v === 1 ? '' : 's'}`;
  if (!checkins) return `From ${when} no visitor checked in at the offices of ${unitTitle}.`;
  const parts = [
    `From ${when}, ${n(checkins)} ${checkins === 1 ? 'visitor' : 'visitors'} checked in at ${n(s.offices)} ${s.offices === 1 ? 'office' : 'offices'} of ${unitTitle}; ${formatPercent(admitted / checkins, 'en', true)} of them were admitted.`,
    byStatus(s, 'en'),
  ];
  if (service && s.busiestService) parts.push(`The busiest service was ${service} with ${ins(s.busiestService.checkins)}.`);
  if (s.busiestDay) parts.push(`The busiest day was ${formatDay(s.busiestDay.key, 'en', 'full')} with ${ins(s.busiestDay.checkins)}.`);
  parts.push(
    s.change === null
      ? `There were no check-ins in the previous period (${before}).`
      : `Compared with the previous period (${before}, ${ins(s.previousCheckins)}), check-ins ${s.change >= 0 ? 'rose' : 'fell'} by ${formatPercent(Math.abs(s.change), 'en', true)}.`,
  );
  return parts.join(' ');
}
