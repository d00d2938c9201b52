import { mayStill } from '@/lib/auth/recheck';
import { getSessionUser } from '@/lib/auth/session';
import { unitRoute } from '@/lib/http/unit-route';
import { liveHub } from '@/lib/live/hub';
import { sseResponse } from '@/lib/live/sse';

export const dynamic = 'force-dynamic';

/**
 * Server-Sent Events for a unit's dashboards: a `snapshot` on connect and after each change in
 * the unit's subtree. The unit was authorised by unitRoute; the stream carries nothing but that
 * unit's own figures, and ends within RECHECK_MS once the viewer's role or session is gone.
 */
export const GET = unitRoute('unit.view', async (req, { db, unit }) => {
  const viewer = await getSessionUser();
  return sseResponse(req, {
    event: 'snapshot',
    subscribe: (deliver) => liveHub().subscribe(unit, deliver),
    mayStill: async () => !!viewer && (await mayStill(db, viewer, 'unit.view', unit)),
  });
});
