// next-auth: email + password sign-in with JWT sessions that carry the user's id and role.
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';

import { safeNextPath } from '@/lib/http/safe-next-path';
import { isRole, type Role } from '@/lib/policy/roles';
import { db } from '@/server/db';
import { clientAddress } from '@/server/http/client-address';

import { logAuthError } from './auth-log';
import { guestForTicket } from './guest-sign-in-provider';
import { signedInAccount } from './subject';
import { toCurrentUser, type CurrentUser } from './subject-row';
import { verifyCredentials } from './verify-credentials';

class InvalidCredentials extends CredentialsSignin {
  code = 'invalid';
}
// The code reaches the form as `rate_limited:<seconds to wait>`.
class TooManyAttempts extends CredentialsSignin {
  constructor(retryAfterMs: number) {
    super();
    this.code = `rate_limited:${Math.ceil(retryAfterMs / 1000)}`;
  }
}

declare module 'next-auth' {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role };
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/signin' },
  logger: { error: logAuthError },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await verifyCredentials(credentials, clientAddress(request));
        if (!result.ok) throw result.reason === 'rate_limited' ? new TooManyAttempts(result.retryAfterMs) : new InvalidCredentials();
        return result.user;
      },
    }),
    // Guests are signed in by the join route (server/auth/sign-in-guest.ts), with a ticket only it makes.
    Credentials({
      id: 'guest',
      credentials: { ticket: {} },
      authorize: (credentials) => guestForTicket(credentials?.ticket),
    }),
  ],
  callbacks: {
    // Every redirect after signing in or out (callbackUrl, redirectTo) stays on this site.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeNextPath(url, baseUrl)}`;
    },
    // Runs at sign-in and for GET /api/auth/session; the server's own reads take the token as it was written
    // (server/auth/session-claims.ts), so what this adds must be there from the sign-in on.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.signedInAt = Date.now();
      }
      return token;
    },
    // The token keeps the role it was signed in with; the session says the role an admin gave since.
    async session({ session, token }) {
      if (!token.sub) return session;
      const row = await db.user.findUnique({ where: { id: token.sub }, select: { role: true, sessionsValidFrom: true } });
      // A password reset ends every session signed in before it: this one no longer names anyone.
      if (row?.sessionsValidFrom && Number(token.signedInAt ?? 0) < row.sessionsValidFrom.getTime()) return session;
      const role = row?.role ?? token.role;
      if (isRole(role)) {
        session.user.id = token.sub;
        session.user.role = role;
      }
      return session;
    },
  },
});

export type { CurrentUser };

/**
 * The signed-in user as the database has them now (role and name), or null when signed out or the
 * account is gone; the token only says who signed in.
 */
export async function currentUser(): Promise<CurrentUser | null> {
  const row = await signedInAccount();
  return row && toCurrentUser(row);
}
