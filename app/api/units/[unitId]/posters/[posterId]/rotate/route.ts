import { unitRoute } from '@/lib/http/unit-route';
import { rotatePoster } from '@/lib/posters/posters';
import { parseId } from '@/lib/validation';

export const POST = unitRoute<{ unitId: string; posterId: string }>('posters.manage', async (_req, ctx) =>
  Response.json({ poster: await rotatePoster(ctx, parseId(ctx.params.posterId)) }),
);
