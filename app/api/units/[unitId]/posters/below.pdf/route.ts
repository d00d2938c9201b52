import { unitRoute } from '@/lib/http/unit-route';
import { posterDownload } from '@/lib/posters/downloads';

/** The door posters of every unit below, one page each (?size=A4|A5): a kecamatan prints its kelurahan's. */
export const GET = unitRoute('unit.view', async (req, ctx) =>
  posterDownload(ctx, 'below', 'poster.pdf', new URL(req.url).searchParams.get('size')),
);
