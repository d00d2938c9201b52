import { unitRoute } from '@/lib/http/unit-route';
import { returnToTemplate } from '@/lib/templates/adopt';
import { parseId } from '@/lib/validation';

type Params = { unitId: string; serviceId: string; field: string };

/** The adopter's own value of the field goes; the template's applies again. */
export const DELETE = unitRoute<Params>('services.manage', async (_req, ctx) => {
  const service = await returnToTemplate(ctx, parseId(ctx.params.serviceId), ctx.params.field);
  return Response.json({ service });
});
