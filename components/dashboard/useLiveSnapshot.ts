'use client';

import { useEffect, useState } from 'react';
import type { LiveSnapshot } from '@/lib/stats/dashboard';

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/**
 * The unit's live figures: starts from the page's snapshot and takes every newer one the
 * stream sends. The stream sends a full snapshot on every (re)connect, so a dashboard that lost
 * its connection catches up as soon as it is back; when the browser gives up (an HTTP error
 * closes an EventSource for good) it opens a new one with a growing pause.
 */
export function useLiveSnapshot(unitId: number, initial: LiveSnapshot) {
  const [snapshot, setSnapshot] = useState(initial);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let delay = FIRST_RETRY_MS;
    const connect = () => {
      source = new EventSource(`/api/units/${unitId}/live`);
      source.addEventListener('snapshot', (event) => {
        const next = JSON.parse((event as MessageEvent<string>).data) as LiveSnapshot;
        delay = FIRST_RETRY_MS;
        setConnected(true);
        // A snapshot computed before a later one may arrive after it: keep the newest.
        setSnapshot((current) => (next.at >= current.at ? next : current));
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

  return { snapshot, connected };
}
