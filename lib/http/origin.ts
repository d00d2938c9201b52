import { AppError } from '@/lib/errors';

const refused = () => new AppError('forbidden', { message: 'Permintaan ditolak: asal tidak dikenal.' });

// An origin as browsers send it: scheme, host and port, with the scheme's default port dropped.
function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * next-auth guards only its own sign-in and sign-out; every other state-changing request must
 * come from our own pages: the same scheme, host and port as this request, as NEXTAUTH_URL or
 * as PINDAI_PUBLIC_URL (the address phones reach from a poster). A missing or `null` Origin is
 * refused too, and so is http://host when we are https://host.
 */
export function assertSameOrigin(req: Request): void {
  const origin = originOf(req.headers.get('origin') ?? undefined);
  if (!origin) throw refused();
  // The fast path's requests carry the Host only in their URL (fetch's Request drops the header).
  const host = req.headers.get('host');
  const own = originOf(host ? `${new URL(req.url).protocol}//${host}` : req.url);
  const allowed = [own, originOf(process.env.NEXTAUTH_URL), originOf(process.env.PINDAI_PUBLIC_URL)];
  if (!allowed.includes(origin)) throw refused();
}
