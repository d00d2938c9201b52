'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import type { LiveSnapshot } from '@/lib/stats/dashboard';
import { followUnit, type SnapshotKind } from './live-streams';

/**
 * A unit's live stream, kept open: hands every snapshot to `onSnapshot` (with whether it opens
 * a connection or follows a change) and says whether the stream is connected. Every screen of
 * the page that follows the same unit shares one connection (components/live/live-streams.ts).
 */
export function useLiveStream(
  unitId: number,
  onSnapshot: (snapshot: LiveSnapshot, kind: SnapshotKind) => void,
  enabled = true,
): boolean {
  const [connected, setConnected] = useState(false);
  // The latest callback without reopening the stream when the screen re-renders.
  const deliver = useEffectEvent(onSnapshot);

  useEffect(() => {
    if (!enabled) return;
    const leave = followUnit(unitId, {
      snapshot: (snapshot, kind) => deliver(snapshot, kind),
      status: setConnected,
    });
    return () => {
      leave();
      setConnected(false);
    };
  }, [unitId, enabled]);

  return connected;
}
