/**
 * Where next-auth may send the browser after signing in or out: a path of this site, or an
 * absolute URL of its own origin; anything else goes home. next-auth's default parses any
 * other value with `new URL` and answers a 500 when it is no URL at all (`callbackUrl=00`).
 */
export function sameSiteRedirect(url: string, baseUrl: string): string {
  // A path, but not `//host` or `/\host`, which browsers read as another host.
  if (/^\/(?![/\\])/.test(url) && !/[\u0000-\u001f\u007f\\]/.test(url)) return `${baseUrl}${url}`;
  try {
    const target = new URL(url);
    if (target.origin === new URL(baseUrl).origin) return target.href;
  } catch {
    // not a URL: home
  }
  return baseUrl;
}
