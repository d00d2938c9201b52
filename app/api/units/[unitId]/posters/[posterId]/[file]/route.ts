import { AppError } from '@/lib/errors';
import { unitRoute } from '@/lib/http/unit-route';
import { posterDownload } from '@/lib/posters/downloads';
import { parseId } from '@/lib/validation';

/** qr.png (the code alone, for other prints), poster.svg and poster.pdf (?size=A4|A5). */
export const GET = unitRoute<{ unitId: string; posterId: string; file: string }>('unit.view', async (req, ctx) => {
  const file = ctx.params.file;
  if (file !== 'qr.png' && file !== 'poster.svg' && file !== 'poster.pdf') throw new AppError('not_found');
  const size = new URL(req.url).searchParams.get('size');
  return posterDownload(ctx, [parseId(ctx.params.posterId)], file, size);
});
