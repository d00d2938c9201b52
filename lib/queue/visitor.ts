import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';
import { type QueueState, ticketLabel } from './vocabulary';

export type VisitorTicket = {
  /** The poster the check-in was made at: the number is shown only at that poster's pages. */
  posterId: number | null;
  label: string;
  state: QueueState;
  /** The number called last at the service today. */
  serving: string | null;
  /** Numbers still waiting before this one. */
  ahead: number;
  /** The estimate for a waiting number: ahead × today's pace; null while the service has no pace yet. */
  waitSeconds: number | null;
};

type Row = {
  posterId: number | null;
  letter: string;
  number: number;
  state: QueueState;
  ahead: number;
  servingLetter: string | null;
  servingNumber: number | null;
  served: number | null;
  span: number | null;
};

/**
 * The service's pace today: the mean interval between the numbers it served, from its first
 * call to its last served number over how many were served. Desks serving in parallel shorten
 * it, as they shorten the wait.
 */
const paceSeconds = (served: number, spanSeconds: number) =>
  served > 0 && spanSeconds > 0 ? spanSeconds / served : null;

/** A check-in's queue number with where it stands now, or null when it was given none. */
export async function visitorTicket(db: Db, eventId: number): Promise<VisitorTicket | null> {
  const [row] = await queryRows<Row>(
    db,
    sql`SELECT t.poster_id AS "posterId", t.letter, t.number, t.state,
               (SELECT count(*)::int FROM queue_tickets w
                WHERE w.service_id = t.service_id AND w.day = t.day AND w.state = 'waiting' AND w.number < t.number) AS ahead,
               c.letter AS "servingLetter", c.number AS "servingNumber", d.served,
               extract(epoch FROM d.last_served_at - d.first_called_at)::float8 AS span
        FROM queue_tickets t
        LEFT JOIN queue_days d ON d.service_id = t.service_id AND d.day = t.day
        LEFT JOIN LATERAL (SELECT letter, number FROM queue_tickets l
                           WHERE l.service_id = t.service_id AND l.day = t.day AND l.last_called_at IS NOT NULL
                           ORDER BY l.last_called_at DESC LIMIT 1) c ON true
        WHERE t.event_id = ${eventId}`,
  );
  if (!row) return null;
  const pace = paceSeconds(row.served ?? 0, row.span ?? 0);
  return {
    posterId: row.posterId,
    label: ticketLabel(row.letter, row.number),
    state: row.state,
    serving:
      row.servingLetter && row.servingNumber
        ? ticketLabel(row.servingLetter, row.servingNumber)
        : null,
    ahead: row.ahead,
    waitSeconds: row.state === 'waiting' && pace !== null ? row.ahead * pace : null,
  };
}
