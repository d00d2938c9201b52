import { z } from 'zod';
import { unitRoute, readJson } from '@/lib/http/unit-route';
import { setPublic } from '@/lib/stats/public';
import { parseInput } from '@/lib/validation';

/**
 * PUT { enabled } switches the unit's public statistics page on or off (admins of the unit).
 * Every instance drops its copy at once; a shared cache in front may keep its copy for its
 * s-maxage (five minutes, next.config.js).
 */
export const PUT = unitRoute('stats.publish', async (req, ctx) => {
  const { enabled } = parseInput(z.object({ enabled: z.boolean() }), await readJson(req));
  return Response.json(await setPublic(ctx, enabled));
});
