import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { checkinEvents } from '@/lib/db/schema';
import { ALPHABET } from '@/lib/posters/tokens';
import { visitorSecret } from './identity';

/**
 * The visitor's result page is addressed by event id plus a signature, so only the phone that
 * checked in can open it (ids are sequential and must not reveal other people's results).
 */
export function receiptSignature(eventId: number): string {
  return createHmac('sha256', visitorSecret()).update(`receipt:${eventId}`).digest('base64url').slice(0, 22);
}

/**
 * "K7Q-4MX": a check-in's name for people, on the visitor's result page and in the desk's log,
 * so the officer matches the phone with the log at a glance. Derived from the id with the
 * secret: nothing stored, and no one can tell another visitor's code from their own.
 */
export function receiptCode(eventId: number): string {
  const digest = createHmac('sha256', visitorSecret()).update(`code:${eventId}`).digest();
  const code = [...digest.subarray(0, 6)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

export function verifyReceipt(eventId: number, signature: string): boolean {
  const expected = Buffer.from(receiptSignature(eventId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export async function getReceiptEvent(db: Db, eventId: number) {
  const [event] = await db.select().from(checkinEvents).where(eq(checkinEvents.id, eventId));
  return event ?? null;
}
