import { RateLimiter } from '@/lib/http/rate-limit';

/**
 * Public scans per minute. Mobile carriers put many phones behind one address (CGNAT), so the
 * address limit is generous; a poster's limit is far above a real queue's pace.
 */
export const perAddress = new RateLimiter('visitor-address', 60, 60_000);
export const perPoster = new RateLimiter('visitor-poster', 600, 60_000);
