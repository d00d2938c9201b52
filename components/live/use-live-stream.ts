'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import type { LiveSnapshot } from '@/lib/stats/dashboard';

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/**
 * A unit's live stream, kept open: hands every snapshot to `onSnapshot` and says whether the
 * stream is connected. The stream sends a full snapshot on every (re)connect, so a screen that
 * lost its connection catches up as soon as it is back; when the browser gives up (an HTTP
 * error, say while the server restarts, closes an EventSource for good) this opens a new one
 * with a growing pause.
 */
export function useLiveStream(unitId: number, onSnapshot: (snapshot: LiveSnapshot) => void): boolean {
  const [connected, setConnected] = useState(false);
  // The latest callback without reopening the stream when the screen re-renders.
  const deliver = useEffectEvent(onSnapshot);

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let delay = FIRST_RETRY_MS;
    const connect = () => {
      source = new EventSource(`/api/units/${unitId}/live`);
      source.addEventListener('snapshot', (event) => {
        delay = FIRST_RETRY_MS;
        setConnected(true);
        deliver(JSON.parse((event as MessageEvent<string>).data) as LiveSnapshot);
      });
      source.onerror = () => {
        setConnected(false);
        if (source?.readyState !== EventSource.CLOSED) return; // the browser retries by itself
        source.close();
        retry = setTimeout(connect, delay);
        delay = Math.min(delay * 2, MAX_RETRY_MS);
      };
    };
    connect();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [unitId]);

  return connected;
}
