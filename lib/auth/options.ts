import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/lib/db/client';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { attemptLogin } from './login';

/** A working day: an officer logs in once per shift. */
const SESSION_SECONDS = 10 * 60 * 60;

// The address scripts/server.ts resolved (lib/http/client-address.ts), never X-Forwarded-For.
function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const address = headers?.[CLIENT_ADDRESS_HEADER];
  return typeof address === 'string' && address ? address : null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_SECONDS },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(input, req) {
        const db = await getDb();
        const result = await attemptLogin(db, input ?? {}, clientAddress(req?.headers));
        // next-auth passes a thrown message to the login form, which explains it.
        if (!result.ok) throw new Error(result.reason);
        return { id: String(result.userId) };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.uid) session.user = { ...session.user, id: token.uid };
      return session;
    },
  },
};
