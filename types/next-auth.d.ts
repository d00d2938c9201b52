import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    /** `sv`: the session version the token was issued under (lib/auth/end-sessions.ts). */
    user: { id: string; name: string; email: string; sv?: number };
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}
