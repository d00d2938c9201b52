import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { services } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';

// The first key of the advisory lock that lets one change at a time pick a unit's queue letter.
const QUEUE_LETTER_LOCK = 7302;

/**
 * A queue letter names one service of the unit: 409 when another of its services has it. Call
 * in the transaction that sets it; the unique index stands behind this for any other writer.
 */
export async function assertLetterFree(
  db: Db,
  unitId: number,
  letter: string | null,
  serviceId?: number,
) {
  if (!letter) return;
  await db.execute(sql`SELECT pg_advisory_xact_lock(${QUEUE_LETTER_LOCK}, ${unitId})`);
  const [other] = await db
    .select({ name: services.name })
    .from(services)
    .where(
      and(
        eq(services.unitId, unitId),
        eq(services.queueLetter, letter),
        isNull(services.deletedAt),
        serviceId ? ne(services.id, serviceId) : undefined,
      ),
    );
  if (other) {
    const message = `Huruf antrean ${letter} sudah dipakai layanan ${other.name}.`;
    throw new AppError('conflict', { message, fields: { queueLetter: message } });
  }
}
