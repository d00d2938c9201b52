import { readJson, unitRoute } from '@/lib/http/unit-route';
import { deleteService, updateService } from '@/lib/services/services';
import { parseId } from '@/lib/validation';

type Params = { unitId: string; serviceId: string };

export const PATCH = unitRoute<Params>('services.manage', async (req, ctx) => {
  const service = await updateService(ctx, parseId(ctx.params.serviceId), await readJson(req));
  return Response.json({ service });
});

export const DELETE = unitRoute<Params>('services.manage', async (_req, ctx) => {
  await deleteService(ctx, parseId(ctx.params.serviceId));
  return new Response(null, { status: 204 });
});
