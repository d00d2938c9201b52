import { displayRoute, displayStillValid } from '@/lib/http/display-route';
import { liveHub } from '@/lib/live/hub';
import { sseResponse } from '@/lib/live/sse';
import { displayView } from '@/lib/queue/board';

export const dynamic = 'force-dynamic';

/** The display's board as Server-Sent Events: at once, then within a moment of every call; ends once its token is revoked. */
export const GET = displayRoute(async (req, ctx) =>
  sseResponse(req, {
    event: 'board',
    subscribe: (deliver) => liveHub().watch(ctx.unit, displayView, deliver),
    mayStill: () => displayStillValid(ctx),
  }),
);
