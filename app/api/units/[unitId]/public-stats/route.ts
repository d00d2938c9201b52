import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { unitRoute, readJson } from '@/lib/http/unit-route';
import { setPublic } from '@/lib/stats/public';
import { publicStatsTag } from '@/lib/stats/public-cache';
import { parseInput } from '@/lib/validation';

/** PUT { enabled } switches the unit's public statistics page on or off (admins of the unit). */
export const PUT = unitRoute('stats.publish', async (req, ctx) => {
  const { enabled } = parseInput(z.object({ enabled: z.boolean() }), await readJson(req));
  const result = await setPublic(ctx, enabled);
  // Drop the app's cached figures so the page follows the switch at once; a shared cache in
  // front may keep its copy for its s-maxage (five minutes, next.config.js).
  revalidateTag(publicStatsTag(ctx.unit.id), { expire: 0 });
  return Response.json(result);
});
