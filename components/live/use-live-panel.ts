'use client';

import { useEffect, useRef, useState } from 'react';
import type { LiveSnapshot } from '@/lib/stats/dashboard';
import { useLiveStream } from './use-live-stream';

/** However busy the hour, a panel is read at most this often (the stream itself sends every 250 ms at most). */
const MIN_GAP_MS = 500;

/** How long a page gives its stream to open before its panels say how old their figures are. */
const OPENING_MS = 3_000;

/** Today's counters change with every check-in and every check-out: the same ones, nothing new. */
const fingerprint = (s: LiveSnapshot) => JSON.stringify(s.counters.today);

export type LivePanel<T> = {
  data: T;
  /** When `data` was read (ms since the epoch). */
  at: number;
  /** Following the unit's check-ins now: false for a panel that cannot (`live` off) or while the stream is away. */
  live: boolean;
};

/**
 * Keeps a panel's data current: whenever the unit's live stream reports a change, the panel's
 * own JSON route (`url`, answering what the page first rendered as `initial`) is read again.
 * Coalesced like the stream itself: one read at a time, at most every MIN_GAP_MS, and changes
 * reported meanwhile make one more read, however many there were. A stream that (re)connects also
 * brings a read, except the first connect that shows nothing new since the page's own
 * snapshot (`baseline`). `live: false` (a range that has ended, say) never reads again.
 */
export function useLivePanel<T>(
  unitId: number,
  options: { url: string; initial: T; readAt: string; baseline?: LiveSnapshot; live?: boolean },
): LivePanel<T> {
  const { url, initial, readAt, baseline, live = true } = options;
  const [state, setState] = useState({ url, data: initial, at: Date.parse(readAt) });
  const reading = useRef(false);
  const again = useRef(false);
  const due = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastRead = useRef(0);
  const seenConnect = useRef(false);
  // A new range (or other query) is a new panel: start again from what the page rendered.
  if (state.url !== url) setState({ url, data: initial, at: Date.parse(readAt) });
  useEffect(() => () => clearTimeout(due.current ?? undefined), []);
  // While the stream opens the panel counts as following it: no "diperbarui" flickers in and out.
  const [opening, setOpening] = useState(live);
  useEffect(() => {
    const done = setTimeout(() => setOpening(false), OPENING_MS);
    return () => clearTimeout(done);
  }, []);

  const read = async () => {
    due.current = null;
    reading.current = true;
    lastRead.current = Date.now();
    try {
      const res = await fetch(url, { cache: 'no-store' });
      // A failed read keeps what is shown; its age says how old it is.
      if (res.ok) {
        const data = (await res.json()) as T;
        setState((s) => (s.url === url ? { url, data, at: Date.now() } : s));
      }
    } catch {
      // offline: the stream's own retry brings a read once it is back
    } finally {
      reading.current = false;
      if (again.current) {
        again.current = false;
        schedule();
      }
    }
  };

  // A read already due will see this change too; one under way is followed by one more.
  const schedule = () => {
    if (due.current) return;
    if (reading.current) {
      again.current = true;
      return;
    }
    due.current = setTimeout(
      () => void read(),
      Math.max(0, lastRead.current + MIN_GAP_MS - Date.now()),
    );
  };

  const connected = useLiveStream(
    unitId,
    (snapshot, kind) => {
      const first = kind === 'connect' && !seenConnect.current;
      if (kind === 'connect') seenConnect.current = true;
      if (first && baseline && fingerprint(snapshot) === fingerprint(baseline)) return;
      schedule();
    },
    live,
  );

  return { data: state.data, at: state.at, live: live && (connected || opening) };
}
