import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/lib/db/client';
import { attemptLogin } from './login';
import { sameSiteRedirect } from './redirect';

/** A working day: an officer logs in once per shift. */
const SESSION_SECONDS = 10 * 60 * 60;

function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.['x-forwarded-for'];
  if (typeof forwarded === 'string' && forwarded) return forwarded.split(',')[0]!.trim();
  return null;
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
    redirect: ({ url, baseUrl }) => sameSiteRedirect(url, baseUrl),
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
