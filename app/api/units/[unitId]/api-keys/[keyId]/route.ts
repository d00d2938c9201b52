import { revokeApiKey } from '@/lib/checkins/api-keys';
import { unitRoute } from '@/lib/http/unit-route';
import { parseId } from '@/lib/validation';

export const DELETE = unitRoute<{ unitId: string; keyId: string }>('apikeys.manage', async (_req, ctx) => {
  await revokeApiKey(ctx, parseId(ctx.params.keyId));
  return new Response(null, { status: 204 });
});
