import { readJson, unitRoute } from '@/lib/http/unit-route';
import { adoptTemplate } from '@/lib/templates/adopt';

export const POST = unitRoute('services.manage', async (req, ctx) =>
  Response.json({ service: await adoptTemplate(ctx, await readJson(req)) }, { status: 201 }),
);
