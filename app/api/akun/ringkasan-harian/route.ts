import { setDigestEnabled } from '@/lib/digest/setting';
import { readJson } from '@/lib/http/unit-route';
import { userRoute } from '@/lib/http/user-route';

/** The signed-in official or admin turns their own morning digest on or off. */
export const PUT = userRoute(async (req, ctx) =>
  Response.json(await setDigestEnabled(ctx, await readJson(req))),
);
