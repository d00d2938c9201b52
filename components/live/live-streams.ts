import type { LiveSnapshot } from '@/lib/stats/dashboard';

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/** `connect`: the snapshot a (re)opened stream starts with; `change`: one sent after a check-in. */
export type SnapshotKind = 'connect' | 'change';
export type LiveListener = {
  snapshot: (snapshot: LiveSnapshot, kind: SnapshotKind) => void;
  status: (connected: boolean) => void;
};

type Stream = {
  source: EventSource | null;
  listeners: Set<LiveListener>;
  connected: boolean;
  /** The next snapshot opens a connection. */
  opening: boolean;
  last: LiveSnapshot | null;
  retry?: ReturnType<typeof setTimeout>;
  delay: number;
};

/** One stream per unit for the whole page: every panel that follows the unit shares it. */
const streams = new Map<number, Stream>();

function setConnected(stream: Stream, connected: boolean) {
  if (stream.connected === connected) return;
  stream.connected = connected;
  for (const l of stream.listeners) l.status(connected);
}

/**
 * The stream sends a full snapshot on every (re)connect, so a screen that lost its connection
 * catches up as soon as it is back; when the browser gives up (an HTTP error, say while the
 * server restarts, closes an EventSource for good) this opens a new one with a growing pause.
 */
function connect(unitId: number, stream: Stream) {
  const source = new EventSource(`/api/units/${unitId}/live`);
  stream.source = source;
  stream.opening = true;
  source.addEventListener('snapshot', (event) => {
    stream.delay = FIRST_RETRY_MS;
    const snapshot = JSON.parse((event as MessageEvent<string>).data) as LiveSnapshot;
    const kind: SnapshotKind = stream.opening ? 'connect' : 'change';
    stream.opening = false;
    stream.last = snapshot;
    setConnected(stream, true);
    for (const l of stream.listeners) l.snapshot(snapshot, kind);
  });
  source.onerror = () => {
    setConnected(stream, false);
    stream.opening = true; // the browser's own retry, or ours, starts with a full snapshot
    if (source.readyState !== EventSource.CLOSED) return; // the browser retries by itself
    source.close();
    stream.retry = setTimeout(() => connect(unitId, stream), stream.delay);
    stream.delay = Math.min(stream.delay * 2, MAX_RETRY_MS);
  };
}

/**
 * Follows a unit's live stream: opens it for the first listener, closes it after the last. A
 * listener that joins an open stream is handed its latest snapshot as its `connect`.
 */
export function followUnit(unitId: number, listener: LiveListener): () => void {
  let stream = streams.get(unitId);
  if (!stream) {
    stream = {
      source: null,
      listeners: new Set(),
      connected: false,
      opening: true,
      last: null,
      delay: FIRST_RETRY_MS,
    };
    streams.set(unitId, stream);
    connect(unitId, stream);
  } else if (stream.connected && stream.last) {
    const { last } = stream;
    queueMicrotask(() => listener.snapshot(last, 'connect'));
    listener.status(true);
  }
  const joined = stream;
  joined.listeners.add(listener);
  return () => {
    joined.listeners.delete(listener);
    if (joined.listeners.size > 0) return;
    clearTimeout(joined.retry);
    joined.source?.close();
    streams.delete(unitId);
  };
}
