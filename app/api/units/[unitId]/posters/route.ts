import { readJson, unitRoute } from '@/lib/http/unit-route';
import { createPoster, listPosters } from '@/lib/posters/posters';

export const GET = unitRoute('unit.view', async (_req, ctx) =>
  Response.json({ posters: await listPosters(ctx) }),
);

export const POST = unitRoute('posters.manage', async (req, ctx) =>
  Response.json({ poster: await createPoster(ctx, await readJson(req)) }, { status: 201 }),
);
