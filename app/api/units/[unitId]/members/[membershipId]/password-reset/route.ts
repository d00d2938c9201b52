import { unitRoute } from '@/lib/http/unit-route';
import { resetMemberPassword } from '@/lib/members/members';
import { parseId } from '@/lib/validation';

type Params = { unitId: string; membershipId: string };

/** A one-time link for the member to set a new password; the admin never sees a password. */
export const POST = unitRoute<Params>('members.manage', async (_req, ctx) =>
  Response.json(await resetMemberPassword(ctx, parseId(ctx.params.membershipId)), { status: 201 }),
);
