import { z } from 'zod';
import { readJson, unitRoute } from '@/lib/http/unit-route';
import { setServicePaused } from '@/lib/services/services';
import { parseId, parseInput } from '@/lib/validation';

const body = z.object({ paused: z.boolean({ error: 'Isi paused dengan true atau false.' }) });

export const POST = unitRoute<{ unitId: string; serviceId: string }>('services.manage', async (req, ctx) => {
  const { paused } = parseInput(body, await readJson(req));
  const service = await setServicePaused(ctx, parseId(ctx.params.serviceId), paused);
  return Response.json({ service });
});
