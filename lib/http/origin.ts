import { AppError } from '@/lib/errors';

/**
 * next-auth guards only its own sign-in and sign-out; every other state-changing request must
 * come from our own pages. A missing or `null` Origin is refused too.
 */
export function assertSameOrigin(req: Request): void {
  const origin = req.headers.get('origin');
  if (!origin || origin === 'null') throw new AppError('forbidden', { message: 'Permintaan ditolak: asal tidak dikenal.' });
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('forbidden', { message: 'Permintaan ditolak: asal tidak dikenal.' });
  }
  // The fast path's requests carry the Host only in their URL (fetch's Request drops the header).
  const allowed = [req.headers.get('host') ?? new URL(req.url).host, process.env.NEXTAUTH_URL && new URL(process.env.NEXTAUTH_URL).host];
  if (!allowed.includes(host)) throw new AppError('forbidden', { message: 'Permintaan ditolak: asal tidak dikenal.' });
}
