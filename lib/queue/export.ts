import { sql } from 'drizzle-orm';
import { inSubtree } from '@/lib/tenancy/units';
import { z } from 'zod';
import { writeAudit } from '@/lib/audit/log';
import type { Ctx } from '@/lib/context';
import { type Db, queryRows } from '@/lib/db/client';
import { csvStream } from '@/lib/exports/csv';
import { attachment } from '@/lib/exports/names';
import { slug } from '@/lib/text/slug';
import { type Cell, type ExportTable, inert } from '@/lib/exports/table';
import { xlsxStream } from '@/lib/exports/xlsx';
import { clockTime } from '@/lib/door/words';
import { getLocale, type Locale } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { id } from '@/lib/i18n/id';
import { unitRoute } from '@/lib/http/unit-route';
import { calendarDay, parseInput } from '@/lib/validation';
import { type QueueState, ticketLabel } from './vocabulary';

type Row = {
  unit: string;
  timeZone: string;
  service: string;
  letter: string;
  number: number;
  state: QueueState;
  issuedAt: Date | string;
  calledAt: Date | string | null;
  servedAt: Date | string | null;
};

/** A local day's numbers of the unit's subtree, one row each, in the order they were given. */
async function dayTickets(
  { db, unit }: Pick<Ctx, 'db' | 'unit'>,
  day: string,
): Promise<Row[]> {
  return queryRows<Row>(
    db,
    sql`SELECT u.name AS unit, u.time_zone AS "timeZone", s.name AS service, t.letter, t.number, t.state,
               t.issued_at AS "issuedAt", t.called_at AS "calledAt", t.served_at AS "servedAt"
        FROM queue_tickets t JOIN units u ON u.id = t.unit_id JOIN services s ON s.id = t.service_id
        WHERE ${inSubtree(unit, sql`u.path`)} AND t.day = ${day}::date
        ORDER BY u.name, s.name, t.number`,
  );
}

/** The day's queue as a table: who waited how long, in the unit's own clock. */
function queueTable(rows: Row[], locale: Locale): ExportTable {
  const t = (locale === 'en' ? en : id).queue.export;
  const time = (at: Date | string | null, zone: string) =>
    at ? clockTime(new Date(at), zone, locale) : null;
  return {
    columns: [
      { key: 'unit', header: t.unit, kind: 'text' },
      { key: 'service', header: t.service, kind: 'text' },
      { key: 'number', header: t.number, kind: 'text' },
      { key: 'state', header: t.state, kind: 'text' },
      { key: 'issued', header: t.issued, kind: 'text' },
      { key: 'called', header: t.called, kind: 'text' },
      { key: 'served', header: t.served, kind: 'text' },
      { key: 'wait', header: t.wait, kind: 'decimal' },
    ],
    rows: rows.map((r): Cell[] => [
      inert(r.unit),
      inert(r.service),
      ticketLabel(r.letter, r.number),
      t.states[r.state],
      time(r.issuedAt, r.timeZone),
      time(r.calledAt, r.timeZone),
      time(r.servedAt, r.timeZone),
      r.calledAt
        ? Math.round((new Date(r.calledAt).getTime() - new Date(r.issuedAt).getTime()) / 6000) / 10
        : null,
    ]),
  };
}

/** The day's queue as CSV or XLSX, read from `readDb`, recorded in the unit's audit log before the first byte leaves. */
async function queueExport(
  ctx: Ctx & { readDb: Db },
  format: 'csv' | 'xlsx',
  day: string,
  locale: Locale,
): Promise<Response> {
  const { db, readDb, actor, unit } = ctx;
  const rows = await dayTickets({ db: readDb, unit }, day);
  const name = `${locale === 'en' ? 'queue' : 'antrean'}-${slug(unit.name)}-${day}.${format}`;
  await writeAudit(db, {
    actorId: actor.id,
    unitId: unit.id,
    action: 'stats.export',
    targetType: 'queue',
    targetId: format,
    after: { format, day, rows: rows.length, file: name },
  });
  const table = queueTable(rows, locale);
  const body =
    format === 'csv' ? csvStream(table) : xlsxStream(table, locale === 'en' ? 'Queue' : 'Antrean');
  const type =
    format === 'csv'
      ? 'text/csv; charset=utf-8'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return new Response(body as BodyInit, {
    headers: {
      'content-type': type,
      'content-disposition': attachment(name),
      'cache-control': 'private, no-store',
    },
  });
}

// An unknown language falls back to the reader's, as the survey's export does.
const exportQuery = z.object({
  day: z.string({ error: 'Pilih tanggal antrean (TTTT-BB-HH).' }).pipe(calendarDay),
  lang: z.enum(['id', 'en']).optional().catch(undefined),
});

/** GET …/queue/export.csv|export.xlsx?day=YYYY-MM-DD&lang= for those who may export statistics. */
export const queueExportRoute = (format: 'csv' | 'xlsx') =>
  unitRoute('stats.export', async (req, ctx) => {
    const params = new URL(req.url).searchParams;
    const { day, lang } = parseInput(exportQuery, {
      day: params.get('day') ?? undefined,
      lang: params.get('lang') ?? undefined,
    });
    return queueExport(ctx, format, day, lang ?? (await getLocale()));
  });
