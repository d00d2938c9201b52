import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { unitRoute, readJson } from '@/lib/http/unit-route';
import { setPublic } from '@/lib/stats/public';
import { parseInput } from '@/lib/validation';

/** PUT { enabled } switches the unit's public statistics page on or off (admins of the unit). */
export const PUT = unitRoute('stats.publish', async (req, ctx) => {
  const { enabled } = parseInput(z.object({ enabled: z.boolean() }), await readJson(req));
  const result = await setPublic(ctx, enabled);
  // The public page is cached: drop the cached copy so the switch shows at once.
  revalidatePath(`/statistik/${ctx.unit.id}`);
  revalidatePath(`/statistik/${ctx.unit.id}/embed`);
  return Response.json(result);
});
