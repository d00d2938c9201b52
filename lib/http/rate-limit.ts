import { AppError } from '@/lib/errors';
import { processGlobal } from '@/lib/process-global';

type Window = { start: number; count: number };

/**
 * A fixed-window counter per key, in this process's memory: cheap enough for the check-in
 * path. Several app instances each allow the limit (a shared limit would cost a round trip per
 * scan); the database's own capacity is protected by the writer's bounded queue.
 */
export class RateLimiter {
  private readonly windows: Map<string, Window>;

  /** Limiters of one `name` share their counts within the process (lib/process-global.ts). */
  constructor(
    name: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    this.windows = processGlobal(`rate-limit:${name}`, () => new Map<string, Window>());
  }

  /** Throws `rate_limited` with the seconds to wait once the key has used its window. */
  take(key: string, now = Date.now()): void {
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 50_000) this.prune(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    if (++w.count > this.limit) {
      const retryAfter = Math.ceil((w.start + this.windowMs - now) / 1000);
      throw new AppError('rate_limited', {
        message: `Terlalu banyak permintaan. Coba lagi dalam ${retryAfter} detik.`,
        retryAfter,
      });
    }
  }

  private prune(now: number) {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}

export function clientAddress(req: Request): string {
  return req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
}
