/** Plain lists shared by the schema, validation and the browser (no database imports here). */

/**
 * A ticket waits until the desk calls it; a called number is served, or skipped when nobody
 * came, and a skipped number may be called again.
 */
export const queueStates = ['waiting', 'called', 'skipped', 'served'] as const;
export type QueueState = (typeof queueStates)[number];

/** What the desk does to a ticket already called: call it again, skip it, or mark it served. */
export const ticketActions = ['recall', 'skip', 'serve'] as const;
export type TicketAction = (typeof ticketActions)[number];

/** One capital letter per queueing service, unique within the unit. */
export const QUEUE_LETTER = /^[A-Z]$/;

/** the service's letter and the day's number, at least three digits. */
export const ticketLabel = (letter: string, number: number) =>
  `${letter}-${String(number).padStart(3, '0')}`;
