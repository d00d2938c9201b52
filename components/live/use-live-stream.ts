'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import type { LiveSnapshot } from '@/lib/stats/dashboard';

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

type Listener = { snapshot: (s: LiveSnapshot) => void; connected: (c: boolean) => void };

/** One open stream per unit in this tab, shared by every panel that follows it. */
type Channel = {
  listeners: Set<Listener>;
  connected: boolean;
  last: LiveSnapshot | null;
  close: () => void;
};
const channels = new Map<number, Channel>();

/**
 * Opens the unit's stream. It sends a full snapshot on every (re)connect, so a screen that lost
 * its connection catches up as soon as it is back; when the browser gives up (an HTTP error,
 * say while the server restarts, closes an EventSource for good) this opens a new one with a
 * growing pause.
 */
function open(unitId: number): Channel {
  const channel: Channel = { listeners: new Set(), connected: false, last: null, close: () => {} };
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let delay = FIRST_RETRY_MS;
  const setConnected = (connected: boolean) => {
    channel.connected = connected;
    for (const l of channel.listeners) l.connected(connected);
  };
  const connect = () => {
    source = new EventSource(`/api/units/${unitId}/live`);
    source.addEventListener('snapshot', (event) => {
      delay = FIRST_RETRY_MS;
      setConnected(true);
      channel.last = JSON.parse((event as MessageEvent<string>).data) as LiveSnapshot;
      for (const l of channel.listeners) l.snapshot(channel.last);
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
  channel.close = () => {
    clearTimeout(retry);
    source?.close();
  };
  return channel;
}

/**
 * A unit's live stream, kept open while any panel uses it: hands every snapshot to
 * `onSnapshot` (the latest one at once to a panel that joins later) and says whether the
 * stream is connected.
 */
export function useLiveStream(
  unitId: number,
  onSnapshot: (snapshot: LiveSnapshot) => void,
): boolean {
  const [connected, setConnected] = useState(false);
  // The latest callback without reopening the stream when the screen re-renders.
  const deliver = useEffectEvent(onSnapshot);

  useEffect(() => {
    let channel = channels.get(unitId);
    if (!channel) channels.set(unitId, (channel = open(unitId)));
    const joined = channel;
    const listener: Listener = { snapshot: (s) => deliver(s), connected: setConnected };
    joined.listeners.add(listener);
    // A panel joining a stream already open takes its state from the stream, just after mounting.
    let mounted = true;
    queueMicrotask(() => {
      if (!mounted) return;
      setConnected(joined.connected);
      if (joined.last) deliver(joined.last);
    });
    return () => {
      mounted = false;
      joined.listeners.delete(listener);
      if (joined.listeners.size > 0) return;
      joined.close();
      channels.delete(unitId);
    };
  }, [unitId]);

  return connected;
}
