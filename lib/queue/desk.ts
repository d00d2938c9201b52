import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '@/lib/auth/permissions';
import { NOTIFY_CHANNEL } from '@/lib/checkins/ingest-sql';
import type { Ctx, ReadCtx } from '@/lib/context';
import { type Db, queryRows } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getServiceInUnit } from '@/lib/services/lookup';
import { localDate } from '@/lib/time/local';
import { bodyId, parseInput } from '@/lib/validation';
import { queueBoard, type ServiceQueue } from './board';
import { type QueueState, type TicketAction, ticketActions, ticketLabel } from './vocabulary';

type CalledTicket = { id: number; label: string };

type TicketRow = { id: string | number; letter: string; number: number; state: QueueState };

const today = (ctx: ReadCtx, now: Date) => localDate(now, ctx.unit.timeZone);

function assertDesk({ actor, unit }: Ctx) {
  if (!can(actor, 'desk.use', unit)) throw new AppError('forbidden');
}

/** Open screens of the unit (its desks, displays and dashboards) hear the change like a check-in. */
const announce = (db: Db, unitId: number) =>
  db.execute(sql`SELECT pg_notify(${NOTIFY_CHANNEL}, ${JSON.stringify([unitId])})`);

/**
 * Calls the service's lowest waiting number of the day. Two desks calling at once get two
 * numbers (SKIP LOCKED), never the same one; with nobody waiting the answer is null.
 */
export async function callNext(
  ctx: Ctx,
  input: unknown,
  now = new Date(),
): Promise<CalledTicket | null> {
  assertDesk(ctx);
  const { serviceId } = parseInput(z.object({ serviceId: bodyId }), input);
  const service = await getServiceInUnit(ctx, serviceId);
  const day = today(ctx, now);
  const at = now.toISOString();
  return ctx.db.transaction(async (tx) => {
    const [row] = await queryRows<TicketRow & { issuedAt: string | Date }>(
      tx,
      sql`UPDATE queue_tickets SET state = 'called', called_at = ${at}::timestamptz, last_called_at = ${at}::timestamptz, calls = 1
          WHERE event_id = (SELECT event_id FROM queue_tickets WHERE service_id = ${service.id} AND day = ${day}::date AND state = 'waiting'
                            ORDER BY number LIMIT 1 FOR UPDATE SKIP LOCKED)
          RETURNING event_id AS id, letter, number, state, issued_at AS "issuedAt"`,
    );
    if (!row) return null;
    const waited = Math.max(
      0,
      Math.round((now.getTime() - new Date(row.issuedAt).getTime()) / 1000),
    );
    await tx.execute(
      sql`UPDATE queue_days SET called = called + 1, wait_seconds = wait_seconds + ${waited},
            first_called_at = coalesce(first_called_at, ${at}::timestamptz)
          WHERE service_id = ${service.id} AND day = ${day}::date`,
    );
    await announce(tx, ctx.unit.id);
    return { id: Number(row.id), label: ticketLabel(row.letter, row.number) };
  });
}

/** The states each action takes a ticket from: only a called number is served or skipped; a skipped one may be called again. */
const from: Record<TicketAction, QueueState[]> = {
  recall: ['called', 'skipped'],
  skip: ['called'],
  serve: ['called'],
};

const set = (action: TicketAction, at: string) =>
  ({
    recall: sql`state = 'called', last_called_at = ${at}::timestamptz, calls = least(calls + 1, 32767)`,
    skip: sql`state = 'skipped'`,
    serve: sql`state = 'served', served_at = ${at}::timestamptz`,
  })[action];

const refusal: Record<QueueState, string> = {
  waiting: 'belum dipanggil',
  called: 'sedang dipanggil',
  skipped: 'sudah dilewati',
  served: 'sudah dilayani',
};

/**
 * Recalls, skips or serves one of the unit's tickets (by its check-in's id): 422 for an unknown
 * action, 404 outside the unit, 409 when the ticket's state does not allow it.
 */
export async function actOnTicket(
  ctx: Ctx,
  ticketId: number,
  input: unknown,
  now = new Date(),
): Promise<CalledTicket & { state: QueueState }> {
  assertDesk(ctx);
  const { action } = parseInput(
    z.object({
      action: z.enum(ticketActions, { error: 'Pilih panggil ulang, lewati atau selesai.' }),
    }),
    input,
  );
  const at = now.toISOString();
  return ctx.db.transaction(async (tx) => {
    const [row] = await queryRows<TicketRow & { serviceId: number; day: string }>(
      tx,
      sql`UPDATE queue_tickets SET ${set(action, at)}
          WHERE event_id = ${ticketId} AND unit_id = ${ctx.unit.id}
            AND state IN (${sql.join(
              from[action].map((state) => sql`${state}`),
              sql`, `,
            )})
          RETURNING event_id AS id, letter, number, state, service_id AS "serviceId", day::text AS day`,
    );
    if (!row) {
      const [found] = await queryRows<TicketRow>(
        tx,
        sql`SELECT event_id AS id, letter, number, state FROM queue_tickets WHERE event_id = ${ticketId} AND unit_id = ${ctx.unit.id}`,
      );
      if (!found)
        throw new AppError('not_found', { message: 'Nomor antrean tidak ditemukan di unit ini.' });
      throw new AppError('conflict', {
        message: `Nomor ${ticketLabel(found.letter, found.number)} ${refusal[found.state]}.`,
      });
    }
    if (action === 'serve') {
      await tx.execute(
        sql`UPDATE queue_days SET served = served + 1, last_served_at = greatest(last_served_at, ${at}::timestamptz)
            WHERE service_id = ${row.serviceId} AND day = ${row.day}::date`,
      );
    }
    await announce(tx, ctx.unit.id);
    return { id: Number(row.id), label: ticketLabel(row.letter, row.number), state: row.state };
  });
}

type DeskQueue = ServiceQueue & { called: CalledTicket[]; skipped: CalledTicket[] };

/** Today's queue of each of the unit's queueing services, with the numbers called and skipped: what the desk works from. */
export async function deskQueues(ctx: ReadCtx, now = new Date()): Promise<DeskQueue[]> {
  const [board, open] = await Promise.all([
    queueBoard(ctx, now),
    queryRows<TicketRow & { serviceId: number }>(
      ctx.db,
      sql`SELECT event_id AS id, letter, number, state, service_id AS "serviceId" FROM queue_tickets
          WHERE unit_id = ${ctx.unit.id} AND day = ${today(ctx, now)}::date AND state IN ('called', 'skipped')
          ORDER BY number`,
    ),
  ]);
  const of = (serviceId: number, state: QueueState) =>
    open
      .filter((t) => t.serviceId === serviceId && t.state === state)
      .map((t) => ({ id: Number(t.id), label: ticketLabel(t.letter, t.number) }));
  return board.map((s) => ({
    ...s,
    called: of(s.serviceId, 'called'),
    skipped: of(s.serviceId, 'skipped'),
  }));
}
