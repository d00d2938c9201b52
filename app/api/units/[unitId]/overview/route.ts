import { unitRoute } from '@/lib/http/unit-route';
import { rangePanels } from '@/lib/stats/dashboard';
import { parseRange } from '@/lib/stats/range';

export const dynamic = 'force-dynamic';

/**
 * GET ?range=&from=&to=: the overview's range panels as JSON, read again by an open dashboard
 * whenever its live stream reports a check-in. The range is read as the page reads it (a bad
 * one is today); the figures may lag a moment, so they come from the replica when there is one.
 */
export const GET = unitRoute('unit.view', async (req, { readDb, unit }) => {
  const range = parseRange(Object.fromEntries(new URL(req.url).searchParams), unit.timeZone);
  return Response.json(await rangePanels({ db: readDb, unit }, range), {
    headers: { 'cache-control': 'private, no-store' },
  });
});
