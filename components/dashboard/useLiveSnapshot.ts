'use client';

import { useState } from 'react';
import { useLiveStream } from '@/components/live/use-live-stream';
import type { LiveSnapshot } from '@/lib/stats/dashboard';

/** The unit's live figures: starts from the page's snapshot and takes every newer one the stream sends. */
export function useLiveSnapshot(unitId: number, initial: LiveSnapshot) {
  const [snapshot, setSnapshot] = useState(initial);
  const connected = useLiveStream(unitId, (next) =>
    // A snapshot computed before a later one may arrive after it: keep the newest.
    setSnapshot((current) => (next.at >= current.at ? next : current)),
  );
  // A page rendered again (a new sort or range) brings a snapshot newer than the stream's last.
  return { snapshot: initial.at > snapshot.at ? initial : snapshot, connected };
}
