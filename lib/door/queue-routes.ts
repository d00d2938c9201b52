import type { Hono } from 'hono';
import { verifyReceipt } from '@/lib/checkins/receipt';
import { getDb } from '@/lib/db/client';
import { cachedPosterToken } from '@/lib/posters/resolve';
import { visitorTicket } from '@/lib/queue/visitor';
import { eventIdOf } from '@/lib/validation';
import { queueWords } from './queue-pages';
import { langOf } from './respond';

/**
 * GET /c/:token/antrean/:eventId?s=…: where the visitor's number stands now, as the words the
 * result page shows, for its script to put in place. Addressed like the result page (the
 * check-in's signed receipt at its own poster); anything else is not found.
 */
export function addQueueRoutes(door: Hono) {
  door.get('/c/:token/antrean/:eventId', async (c) => {
    c.header('cache-control', 'no-store');
    const notFound = () =>
      c.json({ error: { code: 'not_found', message: langOf(c).t.checkin.receiptInvalid } }, 404);
    const eventId = eventIdOf(c.req.param('eventId'));
    if (!eventId || !verifyReceipt(eventId, c.req.query('s') ?? '')) return notFound();
    const db = await getDb();
    const [ticket, poster] = await Promise.all([
      visitorTicket(db, eventId),
      cachedPosterToken(db, c.req.param('token')),
    ]);
    if (!ticket || poster.state === 'unknown' || ticket.posterId !== poster.poster.id)
      return notFound();
    return c.json(queueWords(langOf(c), ticket));
  });
}
