import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/lib/db/client';
import { sameOriginPath } from './callback-url';
import { endSessionsOf } from './end-sessions';
import { attemptLogin } from './login';

/** A working day: an officer logs in once per shift. */
const SESSION_SECONDS = 10 * 60 * 60;

/**
 * next-auth's options; `address` is the client's address for the login limits, known only in the
 * auth route itself (app/api/auth/[...nextauth]/route.ts). Reading a session needs none.
 */
export function authOptionsFor(address: string): NextAuthOptions {
  return {
    session: { strategy: 'jwt', maxAge: SESSION_SECONDS },
    pages: { signIn: '/login' },
    providers: [
      CredentialsProvider({
        name: 'Email',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(input) {
          const db = await getDb();
          const result = await attemptLogin(db, input ?? {}, address);
          // next-auth passes a thrown message to the login form, which explains it.
          if (!result.ok) throw new Error(result.reason);
          return { id: String(result.userId), sessionVersion: result.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = user.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        if (token.uid) session.user = { ...session.user, id: token.uid, sv: token.sv };
        return session;
      },
      // Only this origin: an open redirect after login would hand the user to a phishing page.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${sameOriginPath(url, baseUrl)}`;
      },
    },
    events: {
      // Signing out ends the session on the server too, not only the cookie in this browser.
      async signOut({ token }) {
        const userId = Number(token?.uid);
        if (Number.isInteger(userId) && userId > 0) await endSessionsOf(await getDb(), userId);
      },
    },
  };
}

/** For reading sessions (getServerSession): no login happens there. */
export const authOptions = authOptionsFor('none');
