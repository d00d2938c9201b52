import { unitRoute } from '@/lib/http/unit-route';
import { posterDownload } from '@/lib/posters/downloads';

/** Every valid poster of the unit, one page each. */
export const GET = unitRoute('unit.view', async (req, ctx) =>
  posterDownload(ctx, 'all', 'poster.pdf', new URL(req.url).searchParams.get('size')),
);
