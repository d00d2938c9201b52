import { unitRoute } from '@/lib/http/unit-route';
import { revokePoster } from '@/lib/posters/posters';
import { parseId } from '@/lib/validation';

export const POST = unitRoute<{ unitId: string; posterId: string }>('posters.manage', async (_req, ctx) => {
  await revokePoster(ctx, parseId(ctx.params.posterId));
  return new Response(null, { status: 204 });
});
