import { importRegistry } from '@/lib/checkins/registry-import';
import { readTextLimited } from '@/lib/http/body';
import { unitRoute } from '@/lib/http/unit-route';

const MAX_BYTES = 20 * 1024 * 1024;

/** A health office uploads its registry as CSV; the answer reports imported and rejected rows. */
export const POST = unitRoute('registry.import', async (req, ctx) => {
  const csv = await readTextLimited(req, MAX_BYTES, ['text/csv', 'text/plain']);
  return Response.json({ report: await importRegistry(ctx, csv) });
});
