import { bigint, integer, pgTable, varchar } from 'drizzle-orm/pg-core';

/**
 * The counters of every rate limit, shared by all app instances: rate-limiter-flexible's
 * PostgreSQL layout (lib/http/rate-limit.ts), created here so the library never runs DDL.
 * Keys carry the limit's name, an address, a poster token or a visitor key (never a raw
 * identity); rows past `expire` (epoch ms) are deleted by the library every few minutes.
 */
export const rateLimits = pgTable('rate_limits', {
  key: varchar({ length: 255 }).primaryKey(),
  points: integer().notNull().default(0),
  expire: bigint({ mode: 'number' }),
});
