import { z } from 'zod';
import type { Ctx } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { readPolicyChain } from '@/lib/tenancy/entry-policy';
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
