import type { Unit } from '@/lib/db/schema';
import type { Grouping } from '@/lib/stats/grouped';
import type { DateRange } from '@/lib/stats/range';
import type { Locale } from '@/lib/i18n';
import { slug } from '@/lib/text/slug';

const groupWords: Record<Locale, Record<Grouping, string>> = {
  id: {
    day: 'per-hari',
    week: 'per-minggu',
    month: 'per-bulan',
    service: 'per-layanan',
    child: 'per-unit',
    status: 'per-status',
    category: 'per-kategori',
  },
  en: {
    day: 'by-day',
    week: 'by-week',
    month: 'by-month',
    service: 'by-service',
    child: 'by-unit',
    status: 'by-status',
    category: 'by-category',
  },
};

/** e.g. statistik-kabupaten-bekasi-2026-11-01_2026-11-30-per-hari.csv (…-per-hari-excel.csv for a variant): unit, range and grouping. */
export function downloadName(
  unit: Pick<Unit, 'name' | 'kind' | 'code'>,
  range: DateRange,
  grouping: Grouping,
  locale: Locale,
  ext: string,
  variant?: string,
): string {
  const prefix = locale === 'id' ? 'statistik' : 'statistics';
  const kind = ['district', 'village', 'urban_village'].includes(unit.kind)
    ? `${unit.kind === 'district' ? 'kecamatan' : unit.kind === 'village' ? 'desa' : 'kelurahan'}-`
    : '';
  return `${prefix}-${kind}${slug(unit.name)}-${range.first}_${range.last}-${groupWords[locale][grouping]}${variant ? `-${variant}` : ''}.${ext}`;
}

/** A Content-Disposition header that keeps the name intact in every browser. */
export const attachment = (name: string) =>
  `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;
