import { readJson, unitRoute } from '@/lib/http/unit-route';
import { addEntryPolicy, policyAt, policyChain } from '@/lib/tenancy/entry-policy';

export const GET = unitRoute('unit.view', async (_req, ctx) => {
  const chain = await policyChain(ctx);
  return Response.json({ inForce: policyAt(chain, new Date()), policies: chain.policies });
});

export const POST = unitRoute('posters.manage', async (req, ctx) => {
  const policy = await addEntryPolicy(ctx, await readJson(req));
  return Response.json(policy, { status: 201 });
});
