import { readJson, unitRoute } from '@/lib/http/unit-route';
import { createDisplay, listDisplays } from '@/lib/queue/displays';

export const GET = unitRoute('displays.manage', async (_req, ctx) =>
  Response.json({ displays: await listDisplays(ctx) }),
);

/** The answer holds the display's link (its token), once; only the token's hash is kept. */
export const POST = unitRoute('displays.manage', async (req, ctx) =>
  Response.json({ display: await createDisplay(ctx, await readJson(req)) }, { status: 201 }),
);
