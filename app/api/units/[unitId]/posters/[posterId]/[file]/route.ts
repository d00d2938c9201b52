import { AppError } from '@/lib/errors';
import { unitRoute } from '@/lib/http/unit-route';
import { posterDownload, posterFiles } from '@/lib/posters/downloads';
import { parseId } from '@/lib/validation';

/** poster.png, poster.svg and poster.pdf (?size=A4|A5), and qr.png: the code alone, for other prints. */
export const GET = unitRoute<{ unitId: string; posterId: string; file: string }>('unit.view', async (req, ctx) => {
  const file = posterFiles.find((f) => f === ctx.params.file);
  if (!file) throw new AppError('not_found');
  const size = new URL(req.url).searchParams.get('size');
  return posterDownload(ctx, [parseId(ctx.params.posterId)], file, size);
});
