import { readJson, unitRoute } from '@/lib/http/unit-route';
import { applyServiceTemplate } from '@/lib/services/services';

export const POST = unitRoute('services.manage', async (req, ctx) =>
  Response.json({ services: await applyServiceTemplate(ctx, await readJson(req)) }, { status: 201 }),
);
