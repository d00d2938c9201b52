import { deskBoard, deskLogQuery, manualCheckin } from '@/lib/desk/desk';
import { readJson, unitRoute } from '@/lib/http/unit-route';
import { getLocale } from '@/lib/i18n';

/** Today's load and one page of the log: ?outcome=admitted|refused|out&service=entrance|<id>&page=N. */
export const GET = unitRoute('desk.use', async (req, ctx) => {
  const query = deskLogQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  return Response.json(await deskBoard(ctx, query, await getLocale()));
});

/** The desk's manual check-in (channel desk); answered once committed. */
export const POST = unitRoute('desk.use', async (req, ctx) => {
  const outcome = await manualCheckin(ctx, await readJson(req));
  return Response.json({ checkin: { id: outcome.id, status: outcome.status, admitted: outcome.admitted, ticket: outcome.ticket ?? null } }, { status: 201 });
});
