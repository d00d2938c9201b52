import { unitRoute } from '@/lib/http/unit-route';
import { liveHub } from '@/lib/live/hub';

export const dynamic = 'force-dynamic';

const HEARTBEAT_MS = 20_000;

/**
 * Server-Sent Events for a unit's dashboards: a `snapshot` on connect (which is also how a
 * reconnecting browser catches up) and after each change in the unit's subtree. The unit was
 * authorised by unitRoute; the stream carries nothing but that unit's own figures.
 */
export const GET = unitRoute('unit.view', async (req, { unit }) => {
  const encoder = new TextEncoder();
  let closed = false;
  let unsubscribe: (() => void) | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  const stop = () => {
    closed = true;
    clearInterval(heartbeat);
    unsubscribe?.();
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
      heartbeat = setInterval(() => send(': ping\n\n'), HEARTBEAT_MS);
      const off = await liveHub().subscribe(unit, (snapshot) => send(`event: snapshot\ndata: ${JSON.stringify(snapshot)}\n\n`));
      if (closed) off();
      else unsubscribe = off;
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
