import { onShutdown } from '@/lib/http/shutdown';
import { log } from '@/lib/log';

const HEARTBEAT_MS = 20_000;
/** How long a browser waits before it reconnects a stream that ended. */
const RETRY_MS = 2_000;
/** A stream asks again this often whether its viewer may still see what it shows. */
const RECHECK_MS = 4_000;

export type LiveStream = {
  /** Starts delivering values (each sent as `event`); resolves to the way to stop. */
  subscribe: (deliver: (value: unknown) => void) => Promise<() => void>;
  /** Asked every RECHECK_MS: false ends the stream (the viewer's role or session, the display's token, is gone). */
  mayStill: () => Promise<boolean>;
  event: string;
};

/**
 * A Server-Sent Events answer: the current value on connect (which is also how a reconnecting
 * browser catches up) and every change after it, a heartbeat, and an end when the instance stops
 * (the browser reconnects, to another instance, after RETRY_MS) or the viewer may no longer see it.
 */
export function sseResponse(req: Request, { subscribe, mayStill, event }: LiveStream): Response {
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
      forgetShutdown = onShutdown(() => {
        if (closed) return;
        stop();
        controller.close();
      });
      heartbeat = setInterval(() => send(': ping\n\n'), HEARTBEAT_MS);
      recheck = setInterval(async () => {
        // A failed check (database away) keeps the stream: it delivers nothing meanwhile anyway.
        const allowed = await mayStill().catch(() => true);
        if (allowed || closed) return;
        stop();
        controller.close();
      }, RECHECK_MS);
      try {
        const off = await subscribe((value) =>
          send(`event: ${event}\ndata: ${JSON.stringify(value)}\n\n`),
        );
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
}
