import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { checkinEvents } from '@/lib/db/schema';
import { visitorSecret } from './identity';

/**
 * The visitor's result page is addressed by event id plus a signature, so only the phone that
 * checked in can open it (ids are sequential and must not reveal other people's results).
 */
export function receiptSignature(eventId: number): string {
  return createHmac('sha256', visitorSecret()).update(`receipt:${eventId}`).digest('base64url').slice(0, 22);
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
