import { deskBoard, manualCheckin } from '@/lib/desk/desk';
import { readJson, unitRoute } from '@/lib/http/unit-route';

export const GET = unitRoute('desk.use', async (_req, ctx) => Response.json(await deskBoard(ctx)));

/** The desk's manual check-in (channel desk); answered once committed. */
export const POST = unitRoute('desk.use', async (req, ctx) => {
  const outcome = await manualCheckin(ctx, await readJson(req));
  return Response.json({ checkin: { id: outcome.id, status: outcome.status, admitted: outcome.admitted, ticket: outcome.ticket ?? null } }, { status: 201 });
});
