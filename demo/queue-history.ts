import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';
import { serviceTemplates } from '@/lib/services/templates';
import { demoPlaces, unitFate } from './places';

/**
 * The counters that call numbers in the demo: how long a number waits for its first call at the
 * morning peak (the history holds only the visitors who scanned, not everyone ahead of them in
 * the hall) and how long a desk takes for one visitor. The Disdukcapil keeps people waiting longest.
 */
const queueing = [
  { prefix: 'Mal Pelayanan Publik', wait: 12, service: 6 },
  { prefix: 'Disdukcapil', wait: 35, service: 12 },
];

const MINUTE = 60_000;
const SKIPPED = 0.04;

type Arrival = {
  id: number;
  unitId: number;
  serviceId: number;
  posterId: number | null;
  letter: string;
  at: number;
  day: string;
};
type Ticket = {
  eventId: number;
  unitId: number;
  serviceId: number;
  posterId: number | null;
  day: string;
  letter: string;
  number: number;
  state: 'waiting' | 'called' | 'skipped' | 'served';
  issuedAt: string;
  calledAt: string | null;
  servedAt: string | null;
};

/** Letters A, B, C… for the services that have a counter poster, at the Mal Pelayanan Publik and the Disdukcapil. */
async function setLetters(db: Db) {
  const rows = demoPlaces.flatMap((p) =>
    queueing.some((q) => p.name.startsWith(q.prefix))
      ? serviceTemplates[p.template].services
          .slice(0, p.counters)
          .map(([service], i) => ({ place: p.name, service, letter: String.fromCharCode(65 + i) }))
      : [],
  );
  await db.execute(sql`
    UPDATE services s SET queue_letter = r.letter
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(place text, service text, letter text), units u
    WHERE u.name = r.place AND s.unit_id = u.id AND s.name = r.service AND s.deleted_at IS NULL`);
}

/** Waits peak with the morning crowd (09.00–10.59 WIB) and ease in the afternoon. */
const peak = (at: number) =>
  [0.8, 1.4, 1.4, 1, 0.8, 0.7, 0.6, 0.5][
    Math.min(7, Math.max(0, new Date(at).getUTCHours() + 7 - 8))
  ]!;

/**
 * One service's day: numbers called in the order taken, each after a wait around the counter's
 * (busier at the peak) and served in a varying time; a few nobody answers. Whatever lies after
 * `end` has not happened yet: still waiting, or called and being served.
 */
function serveDay(arrivals: Arrival[], pace: (typeof queueing)[number], end: number): Ticket[] {
  let last = 0;
  return arrivals.map((a, i) => {
    const wait = pace.wait * MINUTE * peak(a.at) * (0.5 + unitFate(`queue-wait-${a.id}`));
    const called = Math.max(a.at + wait, last + MINUTE / 2);
    last = called;
    const skipped = unitFate(`queue-skip-${a.id}`) < SKIPPED;
    const served =
      called + (skipped ? MINUTE : pace.service * MINUTE * (0.5 + unitFate(`queue-time-${a.id}`)));
    const state =
      called > end ? 'waiting' : skipped ? 'skipped' : served > end ? 'called' : 'served';
    return {
      eventId: a.id,
      unitId: a.unitId,
      serviceId: a.serviceId,
      posterId: a.posterId,
      day: a.day,
      letter: a.letter,
      number: i + 1,
      state,
      issuedAt: new Date(a.at).toISOString(),
      calledAt: state === 'waiting' ? null : new Date(called).toISOString(),
      servedAt: state === 'served' ? new Date(served).toISOString() : null,
    };
  });
}

/**
 * Queue numbers for the history's admitted check-ins at the Mal Pelayanan Publik's and the
 * Disdukcapil's counters, each service numbered afresh every local day, with the day's tallies
 * as the desks would have left them. Run once, with the history.
 */
export async function generateQueueHistory(db: Db, end: Date): Promise<number> {
  await setLetters(db);
  const rows = await queryRows<{
    id: string | number;
    unitId: number;
    serviceId: number;
    posterId: number | null;
    letter: string;
    at: string | Date;
    day: string;
    unit: string;
  }>(
    db,
    sql`SELECT e.id, e.unit_id AS "unitId", e.service_id AS "serviceId", e.poster_id AS "posterId", s.queue_letter AS letter,
               e.occurred_at AS at,
               (e.occurred_at AT TIME ZONE u.time_zone)::date::text AS day, u.name AS unit
        FROM checkin_events e JOIN services s ON s.id = e.service_id JOIN units u ON u.id = e.unit_id
        WHERE s.queue_letter IS NOT NULL AND e.kind = 'in' AND e.admitted AND e.occurred_at <= ${end.toISOString()}::timestamptz
        ORDER BY e.service_id, day, e.occurred_at, e.id`,
  );
  const days = new Map<string, { pace: (typeof queueing)[number]; arrivals: Arrival[] }>();
  for (const r of rows) {
    const key = `${r.serviceId}@${r.day}`;
    const pace = queueing.find((q) => r.unit.startsWith(q.prefix))!;
    if (!days.has(key)) days.set(key, { pace, arrivals: [] });
    days.get(key)!.arrivals.push({
      id: Number(r.id),
      unitId: r.unitId,
      serviceId: r.serviceId,
      posterId: r.posterId,
      letter: r.letter,
      at: new Date(r.at).getTime(),
      day: r.day,
    });
  }
  const tickets = [...days.values()].flatMap(({ pace, arrivals }) =>
    serveDay(arrivals, pace, end.getTime()),
  );
  for (let i = 0; i < tickets.length; i += 2000) {
    await db.execute(sql`
      INSERT INTO queue_tickets (event_id, unit_id, regency_id, service_id, poster_id, day, letter, number, state,
                                 issued_at, called_at, last_called_at, calls, served_at)
      SELECT "eventId", "unitId", u.regency_id, "serviceId", "posterId", day, letter, number, state::queue_state,
             "issuedAt", "calledAt", "calledAt", CASE WHEN "calledAt" IS NULL THEN 0 ELSE 1 END, "servedAt"
      FROM jsonb_to_recordset(${JSON.stringify(tickets.slice(i, i + 2000))}::jsonb) AS r(
        "eventId" bigint, "unitId" int, "serviceId" int, "posterId" int, day date, letter text, number int, state text,
        "issuedAt" timestamptz, "calledAt" timestamptz, "servedAt" timestamptz)
      JOIN units u ON u.id = r."unitId"`);
  }
  await db.execute(sql`
    INSERT INTO queue_days (service_id, day, regency_id, unit_id, issued, called, wait_seconds, served, first_called_at, last_served_at)
    SELECT service_id, day, regency_id, min(unit_id), max(number), count(called_at)::int,
           coalesce(sum(extract(epoch FROM called_at - issued_at)), 0)::bigint, count(*) FILTER (WHERE state = 'served')::int,
           min(called_at), max(served_at)
    FROM queue_tickets GROUP BY service_id, day, regency_id
    ON CONFLICT DO NOTHING`);
  return tickets.length;
}
