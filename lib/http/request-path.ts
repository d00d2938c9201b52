/**
 * True when a URL path's percent-escapes do not decode to UTF-8 text: `%zz`, a lone `%`, an
 * overlong or truncated sequence, an escaped surrogate. Such a path names nothing; every
 * server in front of a handler (Next's proxy, the fast path) refuses it with 400.
 */
export function malformedPath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
