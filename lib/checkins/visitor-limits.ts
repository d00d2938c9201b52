import { AppError } from '@/lib/errors';
import { SharedLimit } from '@/lib/http/rate-limit';
import { processGlobal } from '@/lib/process-global';

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

/**
 * The in-process limits app/c's route handlers still call synchronously. They go when the door
 * moves to the fast path (lib/door), which calls limitVisitor instead.
 */
class ProcessLimit {
  private readonly windows: Map<string, { start: number; count: number }>;

  constructor(
    name: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    this.windows = processGlobal(`rate-limit:${name}`, () => new Map());
  }

  take(key: string, now = Date.now()): void {
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 50_000) this.windows.clear();
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    if (++w.count > this.limit) {
      const retryAfter = Math.ceil((w.start + this.windowMs - now) / 1000);
      throw new AppError('rate_limited', { message: `Terlalu banyak permintaan. Coba lagi dalam ${retryAfter} detik.`, retryAfter });
    }
  }
}

export const perAddress = new ProcessLimit('visitor-address', 60, 60_000);
export const perPoster = new ProcessLimit('visitor-poster', 600, 60_000);
