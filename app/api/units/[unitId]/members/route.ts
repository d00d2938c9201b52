import { readJson, unitRoute } from '@/lib/http/unit-route';
import { addMember, listMembers } from '@/lib/members/members';

export const GET = unitRoute('members.manage', async (_req, ctx) =>
  Response.json({ members: await listMembers(ctx) }),
);

export const POST = unitRoute('members.manage', async (req, ctx) => {
  const { membership, setupLink } = await addMember(ctx, await readJson(req));
  return Response.json({ membership, setupLink }, { status: 201 });
});
