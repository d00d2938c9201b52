import { sql } from 'drizzle-orm';
import type { ReadCtx } from '@/lib/context';
import { queryRows } from '@/lib/db/client';
import type { LiveView } from '@/lib/live/hub';
import { localDate } from '@/lib/time/local';
import { ticketLabel } from './vocabulary';

export type ServiceQueue = {
  serviceId: number;
  letter: string;
  name: string;
  /** The number called last today (the one the display shows), and which call it was. */
  current: string | null;
  call: string | null;
  waiting: number;
  served: number;
};

type Row = Omit<ServiceQueue, 'current' | 'call'> & {
  id: string | number | null;
  ticketLetter: string | null;
  number: number | null;
  calls: number | null;
};

/**
 * Today's queue at each of the unit's queueing services: the number called last, how many
 * wait, how many were served. One small query: the waiting count and the last call come from
 * the ticket indexes of that service and day.
 */
export async function queueBoard({ db, unit }: ReadCtx, now = new Date()): Promise<ServiceQueue[]> {
  const day = localDate(now, unit.timeZone);
  const rows = await queryRows<Row>(
    db,
    sql`SELECT s.id AS "serviceId", s.queue_letter AS letter, s.name, c.event_id AS id, c.letter AS "ticketLetter", c.number, c.calls,
               (SELECT count(*)::int FROM queue_tickets t WHERE t.service_id = s.id AND t.day = ${day}::date AND t.state = 'waiting') AS waiting,
               coalesce(d.served, 0) AS served
        FROM services s
        LEFT JOIN queue_days d ON d.service_id = s.id AND d.day = ${day}::date
        LEFT JOIN LATERAL (SELECT event_id, letter, number, calls FROM queue_tickets t
                           WHERE t.service_id = s.id AND t.day = ${day}::date AND t.last_called_at IS NOT NULL
                           ORDER BY t.last_called_at DESC LIMIT 1) c ON true
        WHERE s.unit_id = ${unit.id} AND s.queue_letter IS NOT NULL AND s.deleted_at IS NULL
        ORDER BY s.queue_letter`,
  );
  return rows.map(({ id, ticketLetter, number, calls, ...s }) => ({
    ...s,
    current: ticketLetter && number ? ticketLabel(ticketLetter, number) : null,
    call: id === null ? null : `${id}.${calls}`,
  }));
}

type DisplayBoard = { services: ServiceQueue[] };

/** What a queue display shows and its stream sends after every call (lib/live/hub.ts). */
export const displayView: LiveView<DisplayBoard> = {
  name: 'queue-display',
  read: async (ctx) => ({ services: await queueBoard(ctx) }),
};
