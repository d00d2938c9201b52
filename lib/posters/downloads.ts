import { z } from 'zod';
import { writeAudit } from '@/lib/audit/log';
import type { Ctx } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { attachment } from '@/lib/exports/names';
import { id as t } from '@/lib/i18n/id';
import { readPolicyChain } from '@/lib/tenancy/entry-policy';
import { unitTitle } from '@/lib/tenancy/labels';
import { slug } from '@/lib/text/slug';
import { doorPostersBelow } from './bulk';
import { type PosterContent, type PosterSize, posterContent, posterSizes } from './content';
import { getPosterInUnit, listPosters, type PosterView } from './posters';
import { posterPng, posterSvg, postersPdf, qrPng } from './render';

export const posterFiles = ['poster.png', 'poster.svg', 'poster.pdf', 'qr.png'] as const;
export type PosterFile = (typeof posterFiles)[number];

// An enum, not `raw in posterSizes`: that finds 'constructor' and '__proto__' on any object.
const posterSize = z.enum(Object.keys(posterSizes) as [PosterSize, ...PosterSize[]]);

export function parsePosterSize(raw: string | null): PosterSize {
  if (raw === null) return 'A4';
  const parsed = posterSize.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new AppError('invalid', { message: 'Ukuran kertas harus A4 atau A5.' });
}

/** The valid posters asked for, in print order; revoked ones cannot be printed. */
export async function printablePosters(ctx: Ctx, ids: number[] | 'all'): Promise<PosterContent[]> {
  const chosen: PosterView[] =
    ids === 'all'
      ? (await listPosters(ctx)).filter((p) => !p.revokedAt)
      : await Promise.all(ids.map((id) => getPosterInUnit(ctx, id)));
  if (chosen.some((p) => p.revokedAt)) {
    throw new AppError('conflict', { message: 'Poster yang sudah dicabut tidak dapat dicetak.' });
  }
  // Read once for the whole print run: every sheet shows the same policy in force.
  const chain = await readPolicyChain(ctx);
  const contents: PosterContent[] = [];
  for (const p of chosen) contents.push(await posterContent(ctx, p, chain));
  return contents;
}

/** Which posters a download holds: some of the unit's own, or the doors of every unit below. */
type PosterSelection = number[] | 'all' | 'below';

/**
 * A name people recognise among their downloads: poster-kelurahan-margahayu-loket-ktp-a4.pdf,
 * poster-kelurahan-margahayu-semua-a5.pdf, qr-kelurahan-margahayu-pintu-utama.png.
 */
function posterFileName(
  unit: Parameters<typeof unitTitle>[0],
  what: { label: string } | 'all' | 'below',
  file: PosterFile,
  size: PosterSize,
): string {
  const subject = what === 'all' ? 'semua' : what === 'below' ? 'pintu-unit-di-bawah' : slug(what.label);
  const [kind, ext] = file.split('.') as [string, string];
  const stem = `${kind}-${slug(unitTitle(unit, t))}-${subject}`;
  return kind === 'qr' ? `${stem}.${ext}` : `${stem}-${size.toLowerCase()}.${ext}`;
}

/**
 * Posters leave the building as printed paper: each download and print view is in the unit's
 * audit log (who printed which), as an export of the figures is.
 */
export async function recordPrint(ctx: Ctx, file: string, count: number): Promise<void> {
  await writeAudit(ctx.db, {
    actorId: ctx.actor.id,
    unitId: ctx.unit.id,
    action: 'poster.download',
    targetType: 'poster',
    after: { file, posters: count },
  });
}

export async function posterDownload(
  ctx: Ctx,
  selection: PosterSelection,
  file: PosterFile,
  rawSize: string | null,
): Promise<Response> {
  const size = parsePosterSize(rawSize);
  const contents = selection === 'below' ? await doorPostersBelow(ctx) : await printablePosters(ctx, selection);
  if (contents.length === 0) throw new AppError('not_found', { message: 'Tidak ada poster yang berlaku untuk dicetak.' });
  const what = Array.isArray(selection) ? { label: contents[0]!.label } : selection;
  const name = posterFileName(ctx.unit, what, file, size);
  await recordPrint(ctx, name, file === 'poster.pdf' ? contents.length : 1);
  const headers = (type: string) => ({
    'content-type': type,
    'content-disposition': attachment(name),
    'cache-control': 'private, no-store',
  });
  if (file === 'qr.png') return new Response(new Uint8Array(await qrPng(contents[0]!.url)), { headers: headers('image/png') });
  if (file === 'poster.png') {
    return new Response(new Uint8Array(await posterPng(contents[0]!, size)), { headers: headers('image/png') });
  }
  if (file === 'poster.svg') return new Response(await posterSvg(contents[0]!, size), { headers: headers('image/svg+xml; charset=utf-8') });
  return new Response(new Uint8Array(await postersPdf(contents, size)), { headers: headers('application/pdf') });
}
