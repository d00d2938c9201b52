import { readJson, unitRoute } from '@/lib/http/unit-route';
import { createService, listServices } from '@/lib/services/services';

export const GET = unitRoute('unit.view', async (_req, ctx) =>
  Response.json({ services: await listServices(ctx) }),
);

export const POST = unitRoute('services.manage', async (req, ctx) =>
  Response.json({ service: await createService(ctx, await readJson(req)) }, { status: 201 }),
);
