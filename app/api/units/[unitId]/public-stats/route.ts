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
  // The public figures are cached: drop the unit's copy so that switching off hides them at once.
  revalidateTag(publicStatsTag(ctx.unit.id), { expire: 0 });
  return Response.json(result);
});
