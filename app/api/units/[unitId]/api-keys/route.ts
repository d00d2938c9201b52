import { createApiKey, listApiKeys } from '@/lib/checkins/api-keys';
import { readJson, unitRoute } from '@/lib/http/unit-route';

export const GET = unitRoute('apikeys.manage', async (_req, ctx) => Response.json({ keys: await listApiKeys(ctx) }));

/** The answer holds the key itself, once; only its hash is kept. */
export const POST = unitRoute('apikeys.manage', async (req, ctx) =>
  Response.json({ key: await createApiKey(ctx, await readJson(req)) }, { status: 201 }),
);
