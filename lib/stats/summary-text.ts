import type { Locale } from '@/lib/i18n';
import { formatDay, formatNumber, formatPercent } from '@/lib/i18n/format';
import { type Status, statuses } from '@/lib/services/vocabulary';
import { MAX_COUNTED_CHECKINS, type Summary } from './summary';

/** Status words in a sentence; not recorded is an outcome of its own, never counted as merah. */
const statusWords: Record<Locale, Record<Status, string>> = {
  id: {
    hijau: 'hijau',
    kuning: 'kuning',
    merah: 'merah',
    hitam: 'hitam',
    tidak_tercatat: 'tidak tercatat di data vaksinasi',
  },
  en: {
    hijau: 'green',
    kuning: 'yellow',
    merah: 'red',
    hitam: 'black',
    tidak_tercatat: 'not recorded in the vaccination data',
  },
};

/** "Menurut status: 3 hijau, 1 kuning, dan 1 tidak tercatat di data vaksinasi." (statuses seen only) */
function byStatus(s: Summary, locale: Locale): string {
  const parts = statuses
    .filter((k) => s.totals.byStatus[k] > 0)
    .map((k) => `${formatNumber(s.totals.byStatus[k], locale)} ${statusWords[locale][k]}`);
  const and = locale === 'id' ? 'dan' : 'and';
  const list =
    parts.length < 2
      ? parts.join('')
      : `${parts.slice(0, -1).join(', ')}${locale === 'id' ? ',' : ''} ${and} ${parts.at(-1)}`;
  return `${locale === 'id' ? 'Menurut status' : 'By status'}: ${list}.`;
}

/** The range in words: "1–30 November 2026", or its two ends in full. */
function period(first: string, last: string, locale: Locale): string {
  if (first === last) return formatDay(first, locale);
  if (first.slice(0, 7) === last.slice(0, 7))
    return `${Number(first.slice(8))}–${formatDay(last, locale)}`;
  return `${formatDay(first, locale)} – ${formatDay(last, locale)}`;
}

/** Check-ins against the period before, or why there is none to compare with. */
function comparison(s: Summary, locale: Locale): string | null {
  const n = (v: number) => formatNumber(v, locale);
  const id = locale === 'id';
  if (!s.previous) {
    if (!s.firstDay) return null;
    return id
      ? `Data check-in tercatat sejak ${formatDay(s.firstDay, 'id')}, jadi belum ada periode sebelumnya yang lengkap untuk dibandingkan.`
      : `Check-ins have been recorded since ${formatDay(s.firstDay, 'en')}, so there is no complete earlier period to compare with.`;
  }
  const before = `${period(s.previous.first, s.previous.last, locale)}${s.previous.cut ? (id ? ' sampai jam yang sama' : ' up to the same hour') : ''}`;
  if (s.change === null)
    return id
      ? `Pada periode sebelumnya (${before}) belum ada check-in.`
      : `There were no check-ins in the previous period (${before}).`;
  const change = formatPercent(Math.abs(s.change), locale, true);
  const ins = id
    ? `${n(s.previousCheckins!)} check-in`
    : `${n(s.previousCheckins!)} check-in${s.previousCheckins === 1 ? '' : 's'}`;
  if (id)
    return `Dibandingkan periode sebelumnya (${before}, ${ins}), jumlah check-in ${s.change === 0 ? 'tetap' : `${s.change > 0 ? 'naik' : 'turun'} ${change}`}.`;
  return `Compared with the previous period (${before}, ${ins}), check-ins ${s.change === 0 ? 'held steady' : `${s.change > 0 ? 'rose' : 'fell'} by ${change}`}.`;
}

function indonesian(s: Summary, unitTitle: string, service: string | null): string {
  const n = (v: number) => formatNumber(v, 'id');
  const when = period(s.range.first, s.range.last, 'id');
  const { checkins, admitted } = s.totals;
  if (!checkins) return `Selama ${when} belum ada check-in tercatat di ${unitTitle}.`;
  const { offices, venues } = s;
  const venueWords = `${n(venues.places)} tempat usaha (pabrik, minimarket)`;
  const where = !venues.places
    ? `${n(offices.places)} kantor ${unitTitle}`
    : `${offices.places ? `${n(offices.places)} kantor dan ` : ''}${venueWords} di wilayah ${unitTitle}`;
  const who = s.visitors === null ? '' : ` oleh ${n(s.visitors)} pengunjung (orang yang berbeda)`;
  const parts = [
    `Selama ${when} tercatat ${n(checkins)} check-in${who} di ${where}; ${formatPercent(admitted / checkins, 'id', true)} dari check-in itu diizinkan masuk.`,
  ];
  if (venues.places && offices.places)
    parts.push(
      `Di kantor pemerintahan tercatat ${n(offices.checkins)} check-in, di tempat usaha ${n(venues.checkins)} check-in.`,
    );
  if (s.uncounted === 'retention')
    parts.push(
      `Jumlah orang yang berbeda tidak dihitung karena identitas pengunjung hanya disimpan ${n(s.keptDays)} hari.`,
    );
  if (s.uncounted === 'volume')
    parts.push(
      `Jumlah orang yang berbeda tidak dihitung untuk lebih dari ${n(MAX_COUNTED_CHECKINS)} check-in; pilih rentang atau unit yang lebih kecil.`,
    );
  parts.push(byStatus(s, 'id'));
  if (service && s.busiestService)
    parts.push(
      `Layanan tersibuk adalah ${service} dengan ${n(s.busiestService.checkins)} check-in.`,
    );
  if (s.busiestDay)
    parts.push(
      `Hari tersibuk adalah ${formatDay(s.busiestDay.key, 'id', 'full')} dengan ${n(s.busiestDay.checkins)} check-in.`,
    );
  const compared = comparison(s, 'id');
  if (compared) parts.push(compared);
  return parts.join(' ');
}

function english(s: Summary, unitTitle: string, service: string | null): string {
  const n = (v: number) => formatNumber(v, 'en');
  const plural = (v: number, one: string, many = `${one}s`) => `${n(v)} ${v === 1 ? one : many}`;
  const when = period(s.range.first, s.range.last, 'en');
  const { checkins, admitted } = s.totals;
  if (!checkins) return `From ${when} no check-in was recorded in ${unitTitle}.`;
  const { offices, venues } = s;
  const venueWords = `${plural(venues.places, 'private venue')} (factories, minimarkets)`;
  const where = !venues.places
    ? `${plural(offices.places, 'office')} of ${unitTitle}`
    : `${offices.places ? `${plural(offices.places, 'office')} and ` : ''}${venueWords} in ${unitTitle}`;
  const who = s.visitors === null ? '' : ` by ${plural(s.visitors, 'distinct visitor')}`;
  const parts = [
    `From ${when}, ${plural(checkins, 'check-in')} ${checkins === 1 ? 'was' : 'were'} recorded${who} at ${where}; ${formatPercent(admitted / checkins, 'en', true)} of them were admitted.`,
  ];
  if (venues.places && offices.places)
    parts.push(
      `Government offices recorded ${plural(offices.checkins, 'check-in')}, private venues ${plural(venues.checkins, 'check-in')}.`,
    );
  if (s.uncounted === 'retention')
    parts.push(
      `Distinct people are not counted: visitor identities are kept for ${n(s.keptDays)} days only.`,
    );
  if (s.uncounted === 'volume')
    parts.push(
      `Distinct people are not counted beyond ${n(MAX_COUNTED_CHECKINS)} check-ins; choose a shorter range or a smaller unit.`,
    );
  parts.push(byStatus(s, 'en'));
  if (service && s.busiestService)
    parts.push(
      `The busiest service was ${service} with ${plural(s.busiestService.checkins, 'check-in')}.`,
    );
  if (s.busiestDay)
    parts.push(
      `The busiest day was ${formatDay(s.busiestDay.key, 'en', 'full')} with ${plural(s.busiestDay.checkins, 'check-in')}.`,
    );
  const compared = comparison(s, 'en');
  if (compared) parts.push(compared);
  return parts.join(' ');
}

/**
 * A paragraph for a press release with the range's key figures. Check-ins are counted as
 * check-ins and people as people; offices and private venues apart. `unitTitle` is the chosen
 * unit's name as people write it ("Kabupaten Bekasi"); `service` the busiest service's label.
 */
export function summaryText(
  s: Summary,
  unitTitle: string,
  service: string | null,
  locale: Locale,
): string {
  return locale === 'id' ? indonesian(s, unitTitle, service) : english(s, unitTitle, service);
}
