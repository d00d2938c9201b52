import { readJson, unitRoute } from '@/lib/http/unit-route';
import { changeMember, removeMember } from '@/lib/members/members';
import { parseId } from '@/lib/validation';

type Params = { unitId: string; membershipId: string };

export const PATCH = unitRoute<Params>('members.manage', async (req, ctx) => {
  const membership = await changeMember(ctx, parseId(ctx.params.membershipId), await readJson(req));
  return Response.json({ membership });
});

export const DELETE = unitRoute<Params>('members.manage', async (_req, ctx) => {
  await removeMember(ctx, parseId(ctx.params.membershipId));
  return new Response(null, { status: 204 });
});
