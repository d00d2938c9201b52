import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptionsFor } from '@/lib/auth/options';
import { clientAddress } from '@/lib/http/client-address';
import { AppError, errorResponse } from '@/lib/errors';

type Context = { params: Promise<{ nextauth: string[] }> };

/** Options per request: the login limits count failures by the client's address. */
function handler(req: NextRequest, ctx: Context) {
  return NextAuth(req, ctx, authOptionsFor(clientAddress(req)));
}

export { handler as GET };

/**
 * next-auth reads a JSON body with `req.json()` and answers a 500 when it does not parse; the
 * login form and sign-out post a urlencoded form, so that is the one body taken.
 */
export async function POST(req: NextRequest, ctx: Context) {
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return errorResponse(new AppError('unsupported', { message: 'Jenis data tidak didukung: kirim formulir masuk.' }));
  }
  return handler(req, ctx);
}
