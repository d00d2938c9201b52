import { readJson, unitRoute } from '@/lib/http/unit-route';
import { callNext } from '@/lib/queue/desk';

/** The desk calls the service's next waiting number; `ticket` is null when nobody waits. */
export const POST = unitRoute('desk.use', async (req, ctx) =>
  Response.json({ ticket: await callNext(ctx, await readJson(req)) }),
);
