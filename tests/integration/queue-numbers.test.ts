import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createApiKey } from '@/lib/checkins/api-keys';
import { type CheckinOutcome, recordCheckin } from '@/lib/checkins/checkin';
import { type Db, openDb, queryRows } from '@/lib/db/client';
import type { Service } from '@/lib/db/schema';
import { actOnTicket, callNext, deskQueues } from '@/lib/queue/desk';
import { queueSummary } from '@/lib/queue/summary';
import { visitorTicket } from '@/lib/queue/visitor';
import { createService } from '@/lib/services/services';
import type { Status } from '@/lib/services/vocabulary';
import { rollupMismatches, tableCounts } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas, unitByCode } from '../support/fixtures';
import { refusal } from '../support/refusal';

const TA = '32.16.08.1008';
const allDay = Array(7).fill({ open: '00:00', close: '23:59' });

const refused = async (run: () => Promise<unknown>) => (await refusal(run)).status;

/** Admitted hijau check-ins at the desk (no registry asked), one after another. */
async function checkIns(db: Db, service: Service, n: number, status: Status = 'hijau') {
  const unit = await unitByCode(db, TA);
  const out: CheckinOutcome[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      await recordCheckin(db, {
        point: { unit, service, posterId: null },
        visitorKey: null,
        kind: 'in',
        channel: 'desk',
        status,
      }),
    );
  return out;
}

describeEachDatabase(
  'queue numbers',
  (get) => {
    it('numbers each service’s admitted check-ins 1, 2, 3… per day under a concurrent burst from several instances: no gaps, no duplicates, none for the refused or repeated', async () => {
      const database = get();
      const admin = await ctxFor(database.db, await actorWith(database.db, 'admin', TA), TA);
      const [a, b, plain] = await Promise.all([
        createService(admin, {
          name: 'KTP-el',
          category: 'kependudukan',
          openingHours: allDay,
          queueLetter: 'A',
        }),
        createService(admin, {
          name: 'Kartu Keluarga',
          category: 'kependudukan',
          openingHours: allDay,
          queueLetter: 'B',
        }),
        createService(admin, { name: 'Informasi', category: 'umum', openingHours: allDay }),
      ]);
      const apiKey = await createApiKey(admin, { name: 'Kios antrean' });
      // On PostgreSQL, four app instances (each its own pool and writer) at once; embedded, one.
      const extra = database.url
        ? await Promise.all([1, 2, 3].map(() => openDb({ url: database.url })))
        : [];
      const dbs = [database.db, ...extra.map((h) => h.db)];
      const unit = await unitByCode(database.db, TA);
      const services = [a, b, plain];
      const sent = Array.from({ length: 480 }, (_, i) => ({
        service: services[i % 3]!,
        status: (i % 5 === 4 ? 'merah' : 'hijau') as Status,
        // A tenth repeat an earlier scan's idempotency key: the same check-in, never a second number.
        key: `antre-${i % 10 === 9 ? i - 9 : i}`,
        db: dbs[i % dbs.length]!,
      }));
      const before = await tableCounts(database.db);
      const outcomes = await Promise.all(
        sent.map((s) =>
          recordCheckin(s.db, {
            point: { unit, service: s.service, posterId: null },
            visitorKey: null,
            kind: 'in',
            channel: 'api',
            status: s.status,
            apiKeyId: apiKey.id,
            idempotencyKey: s.key,
          }),
        ),
      );
      await Promise.all(extra.map((h) => h.close()));

      const tickets = await queryRows<{
        eventId: number;
        serviceId: number;
        number: number;
        letter: string;
        admitted: boolean;
        day: string;
      }>(
        database.db,
        sql`SELECT t.event_id::int AS "eventId", t.service_id AS "serviceId", t.number, t.letter, e.admitted, t.day::text AS day
            FROM queue_tickets t JOIN checkin_events e ON e.id = t.event_id JOIN checkin_keys k ON k.event_id = t.event_id
            WHERE k.idempotency_key LIKE 'antre-%' ORDER BY t.number`,
      );
      for (const service of [a, b]) {
        const admitted = new Set(
          outcomes.filter((o, i) => sent[i]!.service === service && o.admitted).map((o) => o.id),
        );
        const numbers = tickets.filter((t) => t.serviceId === service.id);
        expect(numbers.map((t) => t.number)).toEqual(
          Array.from({ length: admitted.size }, (_, i) => i + 1),
        );
        expect(new Set(numbers.map((t) => t.eventId))).toEqual(admitted);
        expect(numbers.every((t) => t.letter === service.queueLetter && t.admitted)).toBe(true);
        const [day] = await queryRows<{ issued: number }>(
          database.db,
          sql`SELECT issued FROM queue_days WHERE service_id = ${service.id}`,
        );
        expect(day?.issued).toBe(admitted.size);
      }
      expect(tickets.filter((t) => t.serviceId === plain.id)).toEqual([]);
      // Every answer names its number; a repeat answers with the first check-in's, no new one.
      for (const [i, o] of outcomes.entries()) {
        const ticket = tickets.find((t) => t.eventId === o.id);
        expect(o.ticket ?? null).toBe(
          ticket ? `${ticket.letter}-${String(ticket.number).padStart(3, '0')}` : null,
        );
        if (!sent[i]!.service.queueLetter || !o.admitted) expect(ticket).toBeUndefined();
      }
      expect(await rollupMismatches(database.db)).toEqual([]);
      const after = await tableCounts(database.db);
      expect(after.queue_tickets! - before.queue_tickets!).toBe(tickets.length);
    });

    it('calls, recalls, skips and serves: next takes the lowest waiting number, a skipped number can be recalled, a served one is done', async () => {
      const { db } = get();
      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      const desk = await ctxFor(db, await actorWith(db, 'desk', TA), TA);
      const service = await createService(admin, {
        name: 'Akta kelahiran',
        category: 'kependudukan',
        openingHours: allDay,
        queueLetter: 'C',
      });
      const [first, second, third] = await checkIns(db, service, 3);
      expect([first!.ticket, second!.ticket, third!.ticket]).toEqual(['C-001', 'C-002', 'C-003']);

      // Two desks at once: two numbers, never the same one.
      const called = await Promise.all([
        callNext(desk, { serviceId: service.id }),
        callNext(admin, { serviceId: service.id }),
      ]);
      expect(called.map((c) => c?.label).sort()).toEqual(['C-001', 'C-002']);
      expect((await actOnTicket(desk, first!.id, { action: 'skip' })).state).toBe('skipped');
      expect((await actOnTicket(desk, second!.id, { action: 'recall' })).state).toBe('called');
      expect((await actOnTicket(desk, second!.id, { action: 'serve' })).state).toBe('served');
      expect(await refused(() => actOnTicket(desk, second!.id, { action: 'recall' }))).toBe(409);
      expect(await refused(() => actOnTicket(desk, second!.id, { action: 'skip' }))).toBe(409);
      expect(await refused(() => actOnTicket(desk, first!.id, { action: 'serve' }))).toBe(409);
      expect(await refused(() => actOnTicket(desk, third!.id, { action: 'serve' }))).toBe(409); // still waiting
      // The skipped number comes back; next does not take it again but the next waiting one.
      expect((await actOnTicket(desk, first!.id, { action: 'recall' })).state).toBe('called');
      expect(await callNext(desk, { serviceId: service.id })).toMatchObject({ label: 'C-003' });
      expect(await callNext(desk, { serviceId: service.id })).toBeNull();

      const [board] = (await deskQueues(desk)).filter((q) => q.serviceId === service.id);
      expect(board).toMatchObject({
        letter: 'C',
        current: 'C-003',
        waiting: 0,
        served: 1,
        skipped: [],
      });
      expect(board!.called.map((t) => t.label)).toEqual(['C-001', 'C-003']);
      const [tally] = await queryRows<{ issued: number; called: number; served: number }>(
        db,
        sql`SELECT issued, called, served FROM queue_days WHERE service_id = ${service.id}`,
      );
      expect(tally).toEqual({ issued: 3, called: 3, served: 1 });
    });

    it('estimates the wait from today’s pace, and says when there is none yet', async () => {
      const { db } = get();
      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      const service = await createService(admin, {
        name: 'Pindah datang',
        category: 'kependudukan',
        openingHours: allDay,
        queueLetter: 'D',
      });
      const outs = await checkIns(db, service, 6);
      expect(await visitorTicket(db, outs[3]!.id)).toMatchObject({
        label: 'D-004',
        state: 'waiting',
        serving: null,
        ahead: 3,
        waitSeconds: null,
      });
      // Two served over ten minutes from the first call: five minutes a number.
      const t0 = Date.now() + 60_000;
      const at = (minutes: number) => new Date(t0 + minutes * 60_000);
      await callNext(admin, { serviceId: service.id }, at(0));
      await actOnTicket(admin, outs[0]!.id, { action: 'serve' }, at(4));
      await callNext(admin, { serviceId: service.id }, at(5));
      await actOnTicket(admin, outs[1]!.id, { action: 'serve' }, at(10));
      expect(await visitorTicket(db, outs[3]!.id)).toMatchObject({
        serving: 'D-002',
        ahead: 1,
        waitSeconds: 300,
      });
      expect(await visitorTicket(db, outs[5]!.id)).toMatchObject({ ahead: 3, waitSeconds: 900 });
      await callNext(admin, { serviceId: service.id }, at(11));
      expect(await visitorTicket(db, outs[2]!.id)).toMatchObject({
        state: 'called',
        serving: 'D-003',
        waitSeconds: null,
      });
      // The dashboard's figures: three waits of about 1, 6 and 12 minutes; ten minutes of serving is too short for a rate.
      const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
      const [figures] = (
        await queueSummary({ db, unit: admin.unit }, { first: today, last: today })
      ).filter((r) => r.serviceId === service.id);
      expect(figures).toMatchObject({ letter: 'D', issued: 6, served: 2, servedPerHour: null });
      expect(figures!.meanWaitMinutes).toBeGreaterThan(6);
      expect(figures!.meanWaitMinutes).toBeLessThan(7);
      // A refused check-in gets no number at all.
      const [merah] = await checkIns(db, service, 1, 'merah');
      expect(merah!.ticket ?? null).toBeNull();
      expect(await visitorTicket(db, merah!.id)).toBeNull();
    });

    it('refuses read-only roles and other units’ desks, another unit’s ticket or service, and bad input, writing nothing', async () => {
      const { db } = get();
      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      const service = await createService(admin, {
        name: 'Legalisir',
        category: 'umum',
        openingHours: allDay,
        queueLetter: 'E',
      });
      const [ticket] = await checkIns(db, service, 1);
      const otherAdmin = await ctxFor(
        db,
        await actorWith(db, 'admin', '32.16.08.2001'),
        '32.16.08.2001',
      );
      const otherService = await createService(otherAdmin, {
        name: 'Surat domisili',
        category: 'umum',
        openingHours: allDay,
        queueLetter: 'E',
      });
      const readOnly = await Promise.all(
        (['official', 'comms', 'health'] as const).map(async (role) =>
          ctxFor(db, await actorWith(db, role, TA), TA),
        ),
      );
      const sibling = await ctxFor(db, await actorWith(db, 'desk', '32.16.08.2001'), TA);
      const desk = await ctxFor(db, await actorWith(db, 'desk', TA), TA);
      const before = await tableCounts(db);
      for (const ctx of readOnly) {
        expect(await refused(() => callNext(ctx, { serviceId: service.id }))).toBe(403);
        expect(await refused(() => actOnTicket(ctx, ticket!.id, { action: 'skip' }))).toBe(403);
      }
      expect(await refused(() => callNext(sibling, { serviceId: service.id }))).toBe(403);
      expect(await refused(() => callNext(desk, { serviceId: otherService.id }))).toBe(404);
      expect(await refused(() => actOnTicket(otherAdmin, ticket!.id, { action: 'recall' }))).toBe(
        404,
      );
      for (const bad of [{}, { serviceId: 'satu' }, { serviceId: -1 }, { serviceId: 2 ** 40 }])
        expect(await refused(() => callNext(desk, bad))).toBe(422);
      for (const bad of [{}, { action: 'hapus' }, { action: ['serve'] }])
        expect(await refused(() => actOnTicket(desk, ticket!.id, bad))).toBe(422);
      expect(await refused(() => actOnTicket(desk, 987654321, { action: 'recall' }))).toBe(404);
      expect(await tableCounts(db)).toEqual(before);
    });

    it('keeps a queue letter to one service of the unit, and A–Z only', async () => {
      const { db } = get();
      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      // A letter of its own, taken here: the test stands without the ones before it.
      await createService(admin, {
        name: 'Loket Q',
        category: 'umum',
        openingHours: allDay,
        queueLetter: 'Q',
      });
      const before = await tableCounts(db);
      const taken = await refused(() =>
        createService(admin, {
          name: 'Dobel',
          category: 'umum',
          openingHours: allDay,
          queueLetter: 'Q',
        }),
      );
      expect(taken).toBe(409);
      for (const queueLetter of ['a', 'AB', '1', '', 7]) {
        expect(
          await refused(() =>
            createService(admin, {
              name: 'Salah',
              category: 'umum',
              openingHours: allDay,
              queueLetter,
            }),
          ),
        ).toBe(422);
      }
      expect(await tableCounts(db)).toEqual(before);
    });
  },
  (database) => seedAreas(database.db),
);
