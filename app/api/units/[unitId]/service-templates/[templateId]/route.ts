import { readJson, unitRoute } from '@/lib/http/unit-route';
import { deleteTemplate, updateTemplate } from '@/lib/templates/templates';
import { parseId } from '@/lib/validation';

type Params = { unitId: string; templateId: string };

export const PATCH = unitRoute<Params>('services.manage', async (req, ctx) => {
  const template = await updateTemplate(ctx, parseId(ctx.params.templateId), await readJson(req));
  return Response.json({ template });
});

export const DELETE = unitRoute<Params>('services.manage', async (_req, ctx) => {
  await deleteTemplate(ctx, parseId(ctx.params.templateId));
  return new Response(null, { status: 204 });
});
