import { mayStill } from '@/lib/auth/recheck';
import { getSessionUser } from '@/lib/auth/session';
import { unitRoute } from '@/lib/http/unit-route';
import { onShutdown } from '@/lib/http/shutdown';
import { liveHub } from '@/lib/live/hub';
import { log } from '@/lib/log';

export const dynamic = 'force-dynamic';

const HEARTBEAT_MS = 20_000;
/** How long a browser waits before it reconnects a stream that ended. */
const RETRY_MS = 2_000;
/** A stream asks again this often whether its viewer may still see the unit. */
export const RECHECK_MS = 4_000;

/**
 * Server-Sent Events for a unit's dashboards: a `snapshot` on connect (which is also how a
 * reconnecting browser catches up) and after each change in the unit's subtree. The unit was
 * authorised by unitRoute; the stream carries nothing but that unit's own figures, and ends
 * within RECHECK_MS once the viewer's role or session is gone.
 */
export const GET = unitRoute('unit.view', async (req, { db, unit }) => {
  const viewer = await getSessionUser();
  const encoder = new TextEncoder();
  let closed = false;
  let unsubscribe: (() => void) | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  let recheck: NodeJS.Timeout | undefined;
  let forgetShutdown: (() => void) | undefined;
  const stop = () => {
    closed = true;
    clearInterval(heartbeat);
    clearInterval(recheck);
    unsubscribe?.();
    forgetShutdown?.();
  };
  req.signal.addEventListener('abort', stop);
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop(); // the browser went away
        }
      };
      send(`retry: ${RETRY_MS}\n\n`);
      // This instance is stopping: end here, and the browser reconnects (to another) after RETRY_MS.
      forgetShutdown = onShutdown(() => {
        if (closed) return;
        stop();
        controller.close();
      });
      heartbeat = setInterval(() => send(': ping\n\n'), HEARTBEAT_MS);
      recheck = setInterval(async () => {
        // A failed check (database away) keeps the stream: it delivers nothing meanwhile anyway.
        const allowed = !!viewer && (await mayStill(db, viewer, 'unit.view', unit).catch(() => true));
        if (allowed || closed) return;
        stop();
        controller.close();
      }, RECHECK_MS);
      try {
        const off = await liveHub().subscribe(unit, (snapshot) => send(`event: snapshot\ndata: ${JSON.stringify(snapshot)}\n\n`));
        if (closed) off();
        else unsubscribe = off;
      } catch (error) {
        // The database is away: end this stream; the browser comes back after RETRY_MS and catches up.
        log.error({ err: error }, 'live: stream could not start');
        const cancelled = closed; // the browser left meanwhile: the stream is closed already
        stop();
        if (!cancelled) controller.close();
      }
    },
    cancel: stop,
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform keeps the server's gzip from buffering the stream
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    },
  });
});
