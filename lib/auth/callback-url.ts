/** Stands for this app's own origin when only paths are compared. */
const SELF = 'http://pindai.invalid';

/**
 * Where to go after login: a path on this app's own origin, anything else becomes '/'. Browsers
 * read a backslash as a slash and drop tabs and newlines, so `/\evil.example` would leave the
 * site: such characters are refused outright, and the result never starts with '//'.
 */
export function sameOriginPath(raw: unknown, origin: string = SELF): string {
  if (typeof raw !== 'string' || raw.length > 2000 || /[\\\u0000-\u001f\u007f]/.test(raw)) return '/';
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return '/';
  }
  if (url.origin !== new URL(origin).origin) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}
