import type { Ctx } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { type PosterContent, type PosterSize, posterContent, posterSizes } from './content';
import { getPosterInUnit, listPosters, type PosterView } from './posters';
import { posterPng, posterSvg, postersPdf, qrPng } from './render';

export const posterFiles = ['poster.png', 'poster.svg', 'poster.pdf', 'qr.png'] as const;
export type PosterFile = (typeof posterFiles)[number];

export function parsePosterSize(raw: string | null): PosterSize {
  if (raw === null || raw === 'A4') return 'A4';
  // Own keys only: `in` also finds `constructor` and `toString` on every object.
  if (Object.hasOwn(posterSizes, raw)) return raw as PosterSize;
  throw new AppError('invalid', { message: 'Ukuran kertas harus A4 atau A5.' });
}

/** The valid posters asked for, in print order; revoked ones cannot be printed. */
export async function printablePosters(ctx: Ctx, ids: number[] | 'all'): Promise<PosterContent[]> {
  const chosen: PosterView[] =
    ids === 'all'
      ? (await listPosters(ctx)).filter((p) => !p.revokedAt)
      : await Promise.all(ids.map((id) => getPosterInUnit(ctx.db, ctx.unit, id)));
  if (chosen.some((p) => p.revokedAt)) {
    throw new AppError('conflict', { message: 'Poster yang sudah dicabut tidak dapat dicetak.' });
  }
  const contents: PosterContent[] = [];
  for (const p of chosen) contents.push(await posterContent(ctx.db, ctx.unit, p));
  return contents;
}

export async function posterDownload(
  ctx: Ctx,
  ids: number[] | 'all',
  file: PosterFile,
  rawSize: string | null,
): Promise<Response> {
  const size = parsePosterSize(rawSize);
  const contents = await printablePosters(ctx, ids);
  if (contents.length === 0) throw new AppError('not_found', { message: 'Tidak ada poster yang berlaku untuk dicetak.' });
  const base = ids === 'all' ? `poster-${ctx.unit.id}-semua` : `poster-${ctx.unit.id}-${ids.join('-')}`;
  const headers = (type: string, name: string) => ({
    'content-type': type,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'private, no-store',
  });
  if (file === 'qr.png') {
    const png = await qrPng(contents[0]!.url);
    return new Response(new Uint8Array(png), { headers: headers('image/png', `${base}-qr.png`) });
  }
  if (file === 'poster.png') {
    const png = await posterPng(contents[0]!, size);
    return new Response(new Uint8Array(png), { headers: headers('image/png', `${base}-${size}.png`) });
  }
  if (file === 'poster.svg') {
    return new Response(await posterSvg(contents[0]!, size), {
      headers: headers('image/svg+xml; charset=utf-8', `${base}-${size}.svg`),
    });
  }
  const pdf = await postersPdf(contents, size);
  return new Response(new Uint8Array(pdf), { headers: headers('application/pdf', `${base}-${size}.pdf`) });
}
