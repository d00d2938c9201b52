import { readJson, unitRoute } from '@/lib/http/unit-route';
import { listOfferedTemplates } from '@/lib/templates/adopt';
import { createTemplate, listOwnTemplates, ownsTemplates } from '@/lib/templates/templates';

/** The unit's own templates with their adopters, and those the units above offer it. */
export const GET = unitRoute('unit.view', async (_req, ctx) => {
  const [own, offered] = await Promise.all([
    ownsTemplates(ctx.unit) ? listOwnTemplates(ctx) : [],
    listOfferedTemplates(ctx),
  ]);
  return Response.json({ own, offered });
});

export const POST = unitRoute('services.manage', async (req, ctx) =>
  Response.json({ template: await createTemplate(ctx, await readJson(req)) }, { status: 201 }),
);
