import { readJson, unitRoute } from '@/lib/http/unit-route';
import { setEntryPolicy } from '@/lib/tenancy/entry-policy';

export const PUT = unitRoute('posters.manage', async (req, ctx) => {
  const unit = await setEntryPolicy(ctx, await readJson(req));
  return Response.json({ admits: unit.entryAdmits });
});
