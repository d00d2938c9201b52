import type { Db } from '@/lib/db/client';
import type { Unit } from '@/lib/db/schema';
import { checkInUrl, publicUrl } from '@/lib/config';
import { id as t } from '@/lib/i18n/id';
import { unitTitle } from '@/lib/tenancy/labels';
import { lineage } from '@/lib/tenancy/units';
import type { PosterView } from './posters';
import { formatShortCode } from './tokens';

/** Everything printed on one poster, the same for the print page, SVG and PDF. */
export type PosterContent = {
  unitTitle: string;
  place: string;
  service: string;
  label: string;
  url: string;
  shortCode: string;
  issued: string;
  instructions: string[];
  manualHint: string;
};

export const posterSizes = { A4: [210, 297], A5: [148, 210] } as const;
export type PosterSize = keyof typeof posterSizes;

/** Posters are printed in Bahasa Indonesia, whatever the admin's interface language. */
export async function posterContent(db: Db, unit: Unit, poster: PosterView): Promise<PosterContent> {
  if (!poster.token || !poster.shortCode || !poster.issuedAt) {
    throw new Error(`Poster ${poster.id} has no current token`);
  }
  const trail = await lineage(db, unit);
  const shortCode = formatShortCode(poster.shortCode);
  return {
    unitTitle: unitTitle(unit, t),
    place: trail
      .slice(0, -1)
      .reverse()
      .map((u) => unitTitle(u, t))
      .join(' · '),
    service: poster.serviceName ?? 'Pintu masuk',
    label: poster.label,
    url: checkInUrl(poster.token),
    shortCode,
    issued: new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: unit.timeZone }).format(
      poster.issuedAt,
    ),
    instructions: [
      'Buka kamera ponsel dan arahkan ke kode QR ini.',
      'Ketuk tautan yang muncul, lalu masukkan NIK atau nomor ponsel Anda.',
      'Tunjukkan hasil check-in (hijau atau kuning) kepada petugas sebelum masuk.',
    ],
    manualHint: `Tidak bisa memindai? Buka ${publicUrl()}/c lalu ketik kode ${shortCode}, atau minta bantuan petugas.`,
  };
}
