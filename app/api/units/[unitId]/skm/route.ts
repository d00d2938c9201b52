import { unitRoute } from '@/lib/http/unit-route';
import { parseDayRange } from '@/lib/skm/params';
import { skmReport } from '@/lib/skm/report';

/** The unit subtree's satisfaction index (IKM) over a range of days, for those who read statistics. */
export const GET = unitRoute('stats.view', async (req, ctx) => {
  const range = parseDayRange(new URL(req.url).searchParams);
  return Response.json(await skmReport(ctx, range), { headers: { 'cache-control': 'private, no-store' } });
});
