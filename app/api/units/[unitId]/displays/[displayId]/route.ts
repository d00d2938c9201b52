import { unitRoute } from '@/lib/http/unit-route';
import { revokeDisplay } from '@/lib/queue/displays';
import { parseId } from '@/lib/validation';

export const DELETE = unitRoute<{ unitId: string; displayId: string }>(
  'displays.manage',
  async (_req, ctx) => {
    await revokeDisplay(ctx, parseId(ctx.params.displayId));
    return new Response(null, { status: 204 });
  },
);
