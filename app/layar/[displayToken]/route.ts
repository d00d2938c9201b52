import { clockTime } from '@/lib/door/words';
import { errorResponse, isAppError } from '@/lib/errors';
import { displayRoute } from '@/lib/http/display-route';
import { langOfCookies } from '@/lib/i18n/cookie';
import { queueBoard } from '@/lib/queue/board';
import { displayHtml, unknownDisplayHtml } from '@/lib/queue/display-page';
import { unitTitle } from '@/lib/tenancy/labels';
import { offsetMs } from '@/lib/time/local';

export const dynamic = 'force-dynamic';

const headers = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': "frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
};

/** The queue display for a television at the counter, opened with its token: plain HTML and a small script. */
export const GET = displayRoute(
  async (req, ctx) => {
    const { lang, t } = langOfCookies(req.headers.get('cookie'));
    const now = new Date();
    const page = await displayHtml(
      {
        title: unitTitle(ctx.unit, t),
        src: `/layar/${ctx.token}`,
        services: await queueBoard(ctx, now),
        offsetMinutes: Math.round(offsetMs(now, ctx.unit.timeZone) / 60_000),
        clock: clockTime(now, ctx.unit.timeZone, lang),
        lang,
      },
      t.queue,
    );
    return new Response(page, { headers });
  },
  async (error, req) => {
    if (!isAppError(error) || error.code !== 'not_found') return errorResponse(error);
    const { lang, t } = langOfCookies(req.headers.get('cookie'));
    return new Response(await unknownDisplayHtml(t.queue, lang), { status: 404, headers });
  },
);
