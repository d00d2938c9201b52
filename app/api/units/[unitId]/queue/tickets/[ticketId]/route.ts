import { AppError } from '@/lib/errors';
import { readJson, unitRoute } from '@/lib/http/unit-route';
import { actOnTicket } from '@/lib/queue/desk';
import { eventIdOf } from '@/lib/validation';

/** The desk recalls, skips or serves a number (`{ action }`), named by its check-in's id. */
export const POST = unitRoute<{ unitId: string; ticketId: string }>(
  'desk.use',
  async (req, ctx) => {
    const ticketId = eventIdOf(ctx.params.ticketId);
    if (!ticketId)
      throw new AppError('not_found', { message: 'Nomor antrean tidak ditemukan di unit ini.' });
    return Response.json({ ticket: await actOnTicket(ctx, ticketId, await readJson(req)) });
  },
);
