import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { AppError, errorResponse } from '@/lib/errors';

const handler = NextAuth(authOptions);

export { handler as GET };

/**
 * next-auth reads a JSON body with `req.json()` and answers a 500 when it does not parse; the
 * login form and sign-out post a urlencoded form, so that is the one body taken.
 */
export async function POST(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return errorResponse(new AppError('unsupported', { message: 'Jenis data tidak didukung: kirim formulir masuk.' }));
  }
  return handler(req, ctx);
}
