import { SharedLimit } from '@/lib/http/rate-limit';

/**
 * Mobile carriers put many phones behind one address (CGNAT): the address limit only stops a
 * flood. What protects people is the identity limit: nobody reads other people's colours at
 * scale, whatever addresses they rotate through. A poster's limit is far above a real queue.
 */
const addressLimit = new SharedLimit({ name: 'visitor-address', points: 600, seconds: 60 });
const posterLimit = new SharedLimit({ name: 'visitor-poster', points: 600, seconds: 60 });
const identityLimit = new SharedLimit({ name: 'visitor-identity', points: 10, seconds: 600 });
/** Short codes are 8 characters of a small alphabet: misses are what guessing looks like. */
const shortCodeMisses = new SharedLimit({ name: 'short-code-miss', points: 30, seconds: 60 });

/**
 * A visitor's scan (check-in or check-out) at a poster. The limits are counted in parallel: one
 * round trip to the shared store. Throws AppError `rate_limited` (with retryAfter) or
 * `unavailable` when the store cannot answer.
 */
export async function limitVisitor(scan: { address: string; poster: string; identityKey?: string | null }): Promise<void> {
  await Promise.all([
    addressLimit.consume(scan.address),
    posterLimit.consume(scan.poster),
    scan.identityKey ? identityLimit.consume(scan.identityKey) : undefined,
  ]);
}

/** A scanner's live check-in at a poster counts against the same poster limit as the door. */
export async function limitPoster(poster: string): Promise<void> {
  await posterLimit.consume(poster);
}

/** Before looking a typed short code up: an address that missed too often is refused. */
export async function assertShortCodeAllowed(address: string): Promise<void> {
  await shortCodeMisses.assertOpen(address);
}

/** After a short code that matched no poster. */
export async function limitShortCodeMiss(address: string): Promise<void> {
  await shortCodeMisses.consume(address);
}
