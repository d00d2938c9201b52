import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptionsFor } from '@/lib/auth/options';
import { clientAddress } from '@/lib/http/client-address';

type Context = { params: Promise<{ nextauth: string[] }> };

/** Options per request: the login limits count failures by the client's address. */
function handler(req: NextRequest, ctx: Context) {
  return NextAuth(req, ctx, authOptionsFor(clientAddress(req)));
}

export { handler as GET, handler as POST };
