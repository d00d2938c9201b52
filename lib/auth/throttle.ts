import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '@/lib/db/client';
import { loginThrottle } from '@/lib/db/schema';

/**
 * Failed logins are limited as OWASP ASVS V2.2.1 asks: per account *and* address, so a guesser
 * is slowed while the owner still logs in from anywhere else, and per address, so one address
 * cannot try many accounts. No limit is per account alone: that would let anyone lock anyone
 * out. Counts live in the database (rate-limiter-flexible's Drizzle store), shared by every app
 * instance. An office behind one NAT shares an address, so the address gets more room.
 */
export const LOGIN_LIMITS = {
  accountAddress: { failures: 5, seconds: 15 * 60 },
  address: { failures: 50, seconds: 60 * 60 },
} as const;

type Limiters = { accountAddress: RateLimiterDrizzle; address: RateLimiterDrizzle };

// One pair per database: tests open many; the app opens one.
const limitersByDb = new WeakMap<Db, Limiters>();

function limiters(db: Db): Limiters {
  let found = limitersByDb.get(db);
  if (!found) {
    const make = (keyPrefix: string, { failures, seconds }: { failures: number; seconds: number }) =>
      new RateLimiterDrizzle({ storeClient: db, schema: loginThrottle, keyPrefix, points: failures, duration: seconds });
    found = { accountAddress: make('acct-ip', LOGIN_LIMITS.accountAddress), address: make('ip', LOGIN_LIMITS.address) };
    limitersByDb.set(db, found);
  }
  return found;
}

/** The keys one login attempt counts against. */
export type LoginSource = { email: string; address: string };

const accountKey = ({ email, address }: LoginSource) => `${email}|${address}`;

/** When the source may try again, or null when it may try now. */
export async function blockedUntil(db: Db, source: LoginSource): Promise<Date | null> {
  const { accountAddress, address } = limiters(db);
  const states = await Promise.all([
    accountAddress.get(accountKey(source)).then((res) => [res, LOGIN_LIMITS.accountAddress.failures] as const),
    address.get(source.address).then((res) => [res, LOGIN_LIMITS.address.failures] as const),
  ]);
  return latestRetry(states);
}

/** Counts a failure against both keys; returns when the source may try again if it is now blocked. */
export async function recordFailure(db: Db, source: LoginSource): Promise<Date | null> {
  const { accountAddress, address } = limiters(db);
  const consume = (limiter: RateLimiterDrizzle, key: string) =>
    limiter.consume(key).catch((rejection: unknown) => {
      // The store refuses past its points with a RateLimiterRes; anything else is a real error.
      if (rejection instanceof RateLimiterRes) return rejection;
      throw rejection;
    });
  const states = await Promise.all([
    consume(accountAddress, accountKey(source)).then((res) => [res, LOGIN_LIMITS.accountAddress.failures] as const),
    consume(address, source.address).then((res) => [res, LOGIN_LIMITS.address.failures] as const),
  ]);
  return latestRetry(states);
}

/** A right password clears its (account, address) count; the address keeps its own. */
export async function clearFailures(db: Db, source: LoginSource): Promise<void> {
  await limiters(db).accountAddress.delete(accountKey(source));
}

/** A key has used its failures once they reach the limit: the next try waits for the window's end. */
function latestRetry(states: (readonly [RateLimiterRes | null, number])[]): Date | null {
  let until: number | null = null;
  for (const [res, failures] of states) {
    if (res && res.consumedPoints >= failures && res.msBeforeNext > 0) {
      const at = Date.now() + res.msBeforeNext;
      if (until === null || at > until) until = at;
    }
  }
  return until === null ? null : new Date(until);
}
