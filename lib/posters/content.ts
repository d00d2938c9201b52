import { checkInUrl, publicUrl } from '@/lib/config';
import type { ReadCtx } from '@/lib/context';
import type { Unit } from '@/lib/db/schema';
import { formatDate } from '@/lib/i18n/format';
import { id as t } from '@/lib/i18n/id';
import { getServiceInUnit } from '@/lib/services/lookup';
import type { Status } from '@/lib/services/vocabulary';
import { admitsAtPoint, levelsAt, type PolicyChain, readPolicyChain } from '@/lib/tenancy/entry-policy';
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
  /** Who enters through this poster today, in words ("Boleh masuk: Hijau (vaksin lengkap) …"). */
  admits: string;
  /** The policies in force that decide it, with the dates they took effect; null: the default. */
  policy: string | null;
  instructions: string[];
  manualHint: string;
};

/** Each outcome as a visitor reads it on the wall. */
const outcomeWords: Record<Exclude<Status, 'hitam'>, string> = {
  hijau: 'Hijau (vaksin lengkap)',
  kuning: 'Kuning (dosis pertama)',
  merah: 'Merah (belum vaksin)',
  tidak_tercatat: 'Tidak tercatat (data vaksin tidak ditemukan)',
};

/** "Boleh masuk: Hijau (vaksin lengkap) dan Kuning (dosis pertama)." */
export function admitsInWords(admits: readonly Status[]): string {
  const words = admits.filter((s) => s !== 'hitam').map((s) => outcomeWords[s as keyof typeof outcomeWords]);
  if (words.length === 0) return 'Saat ini tidak ada pengunjung yang boleh masuk melalui poster ini.';
  const list = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} dan ${words.at(-1)}`;
  return `Boleh masuk: ${list}.`;
}

export const posterSizes = { A4: [210, 297], A5: [148, 210] } as const;
export type PosterSize = keyof typeof posterSizes;

/** What composing a poster needs, read by the caller: one poster, or a whole subtree's at once. */
type PosterSetting = {
  unit: Pick<Unit, 'name' | 'kind' | 'timeZone'>;
  /** The unit's ancestors and itself, root first. */
  trail: Pick<Unit, 'name' | 'kind'>[];
  chain: PolicyChain;
  service: { admits: Status[] } | null;
};

/**
 * Posters are printed in Bahasa Indonesia, whatever the admin's interface language. The policy is
 * the one in force now (read past the check-in cache), narrowed by the poster's service, so a
 * download after a policy change prints the new rule.
 */
export async function posterContent(ctx: ReadCtx, poster: PosterView, chain?: PolicyChain, now = new Date()): Promise<PosterContent> {
  const [trail, policies, service] = await Promise.all([
    lineage(ctx),
    chain ?? readPolicyChain(ctx),
    poster.serviceId === null ? null : getServiceInUnit(ctx, poster.serviceId),
  ]);
  return composePoster({ unit: ctx.unit, trail, chain: policies, service }, poster, now);
}

export function composePoster(
  { unit, trail, chain, service }: PosterSetting,
  poster: Pick<PosterView, 'id' | 'label' | 'serviceName' | 'token' | 'shortCode' | 'issuedAt'>,
  now: Date,
): PosterContent {
  if (!poster.token || !poster.shortCode || !poster.issuedAt) {
    throw new Error(`Poster ${poster.id} has no current token`);
  }
  const shortCode = formatShortCode(poster.shortCode);
  const day = (at: Date) => formatDate(at, unit.timeZone);
  const admits = admitsAtPoint(chain, service, now);
  const levels = levelsAt(chain, now);
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
    issued: day(poster.issuedAt),
    admits: admitsInWords(admits),
    policy: levels.length
      ? `Dasar: ${levels.map((p) => `${p.name} (berlaku sejak ${day(p.effectiveFrom)})`).join('; ')}`
      : null,
    instructions: [
      'Buka kamera ponsel dan arahkan ke kode QR ini.',
      'Ketuk tautan yang muncul, lalu masukkan NIK atau nomor ponsel Anda.',
      'Tunjukkan hasil check-in kepada petugas sebelum masuk.',
    ],
    manualHint: `Tidak bisa memindai? Buka ${publicUrl()}/c lalu ketik kode ${shortCode}, atau minta bantuan petugas.`,
  };
}
