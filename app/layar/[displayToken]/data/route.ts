import { displayRoute } from '@/lib/http/display-route';
import { displayView } from '@/lib/queue/board';

export const dynamic = 'force-dynamic';

/** The display's board once, for a browser without a live stream (it asks every second). */
export const GET = displayRoute(async (_req, ctx) =>
  Response.json(await displayView.read(ctx), { headers: { 'cache-control': 'no-store' } }),
);
