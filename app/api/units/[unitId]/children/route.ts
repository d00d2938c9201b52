import { readJson, unitRoute } from '@/lib/http/unit-route';
import { createChildUnit } from '@/lib/tenancy/child-units';

export const POST = unitRoute('units.manage', async (req, ctx) => {
  const unit = await createChildUnit(ctx, await readJson(req));
  return Response.json({ unit }, { status: 201 });
});
