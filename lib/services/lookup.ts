import { and, eq, isNull } from 'drizzle-orm';
import type { ReadCtx } from '@/lib/context';
import { type Service, services } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';

/**
 * One service of the unit, or not_found. Posters, the desk and the scanner API look services up
 * here, below the service mutations (which revoke a deleted service's posters), so posters can
 * depend on services without services depending back on them.
 */
export async function getServiceInUnit({ db, unit }: ReadCtx, id: number): Promise<Service> {
  const [row] = await db
    .select()
    .from(services)
    .where(and(eq(services.id, id), eq(services.unitId, unit.id), isNull(services.deletedAt)));
  if (!row) throw new AppError('not_found', { message: 'Layanan tidak ditemukan di unit ini.' });
  return row;
}
