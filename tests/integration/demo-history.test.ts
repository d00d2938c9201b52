import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { expect, it, vi } from 'vitest';
import { queryRows } from '@/lib/db/client';
import { roles } from '@/lib/db/schema';
import { demoAccounts } from '@/demo/accounts';
import { prepareSimulation, SIM_KEY_NAME } from '@/demo/sim-setup';
import { isTargetOpen, startSimulator } from '@/demo/simulator';
import { seedDemoWorld } from '@/demo/world';
import { skmReport } from '@/lib/skm/report';
import { listOfferedTemplates } from '@/lib/templates/adopt';
import { listOwnTemplates } from '@/lib/templates/templates';
import { policyAt, policyChain } from '@/lib/tenancy/entry-policy';
import { getUnit } from '@/lib/tenancy/units';
import { isNationalDayOff } from '@/lib/time/holidays';
import { addDays } from '@/lib/time/local';
import { describeEachDatabase } from '../support/each-database';
import { rollupMismatches } from '../support/checkin-checks';
import { authorized, unitByCode } from '../support/fixtures';

// Four weeks up to Friday 5 June 2026, 10.00 WIB: Ascension Day and its cuti bersama
// (14–15 May), Idul Adha (27–28 May) and Pancasila Day (1 June) fall in it.
const now = new Date('2026-06-05T03:00:00Z');
const EVENTS = 6000;
/** Every national holiday and cuti bersama of the year before `now`: the history has none of them open. */
const daysOff = Array.from({ length: 366 }, (_, i) => addDays('2026-06-05', -i)).filter(isNationalDayOff);
const local = (col: string) => sql.raw(`(${col} AT TIME ZONE 'Asia/Jakarta')`);
// Whether an event fell outside its service's hours that local day (officeHours in the demo).
const outsideHours = sql.raw(`(s.opening_hours -> (extract(isodow FROM (e.occurred_at AT TIME ZONE u.time_zone))::int - 1) = 'null'::jsonb
  OR (e.occurred_at AT TIME ZONE u.time_zone)::time < (s.opening_hours -> (extract(isodow FROM (e.occurred_at AT TIME ZONE u.time_zone))::int - 1) ->> 'open')::time
  OR (e.occurred_at AT TIME ZONE u.time_zone)::time >= (s.opening_hours -> (extract(isodow FROM (e.occurred_at AT TIME ZONE u.time_zone))::int - 1) ->> 'close')::time)`);

describeEachDatabase(
  'demo history',
  (get) => {
    const one = async <T>(query: ReturnType<typeof sql>) => (await queryRows<T>(get().db, query))[0]!;

    it('holds about the events asked for, with check-outs', async () => {
      const row = await one<{ ins: number; outs: number }>(
        sql`SELECT count(*) FILTER (WHERE kind = 'in')::int AS ins, count(*) FILTER (WHERE kind = 'out')::int AS outs FROM checkin_events`,
      );
      expect(row.ins + row.outs).toBeGreaterThan(EVENTS * 0.85);
      expect(row.ins + row.outs).toBeLessThan(EVENTS * 1.15);
      expect(row.outs).toBeGreaterThan(row.ins * 0.1);
    });

    it('has no check-ins on weekends or public holidays, and few outside office hours', async () => {
      const row = await one<{ closed: number; late: number; all: number }>(sql`
        SELECT count(*) FILTER (WHERE extract(isodow FROM ${local('occurred_at')}) > 5
                                   OR ${local('occurred_at')}::date::text = ANY (string_to_array(${daysOff.join(',')}, ',')))::int AS closed,
               count(*) FILTER (WHERE ${local('occurred_at')}::time NOT BETWEEN '08:00' AND '15:00')::int AS late,
               count(*)::int AS all
        FROM checkin_events WHERE kind = 'in'`);
      expect(row.all).toBeGreaterThan(0);
      expect(row.closed).toBe(0);
      expect(row.late / row.all).toBeLessThan(0.03);
    });

    it('peaks in the morning and is quieter on Friday afternoons', async () => {
      const row = await one<{ morning: number; afternoon: number; fri_late: number; fri: number; other_late: number; other: number }>(sql`
        SELECT count(*) FILTER (WHERE extract(hour FROM ${local('occurred_at')}) = 9)::int AS morning,
               count(*) FILTER (WHERE extract(hour FROM ${local('occurred_at')}) = 13)::int AS afternoon,
               count(*) FILTER (WHERE d = 5 AND h >= 11)::int AS fri_late, count(*) FILTER (WHERE d = 5)::int AS fri,
               count(*) FILTER (WHERE d < 5 AND h >= 11)::int AS other_late, count(*) FILTER (WHERE d < 5)::int AS other
        FROM (SELECT occurred_at, extract(isodow FROM ${local('occurred_at')}) AS d, extract(hour FROM ${local('occurred_at')}) AS h
              FROM checkin_events WHERE kind = 'in') e`);
      expect(row.morning).toBeGreaterThan(row.afternoon * 2);
      expect(row.fri_late / row.fri).toBeLessThan((row.other_late / row.other) * 0.7);
    });

    it('shows the hijau share rising week by week', async () => {
      const weeks = await queryRows<{ week: string; hijau: number; n: number }>(
        get().db,
        sql`SELECT date_trunc('week', ${local('occurred_at')})::date::text AS week,
                   avg((status = 'hijau')::int)::float8 AS hijau, count(*)::int AS n
            FROM checkin_events WHERE kind = 'in' GROUP BY 1 ORDER BY 1`,
      );
      const full = weeks.filter((w) => w.n > 300);
      expect(full.length).toBeGreaterThanOrEqual(3);
      expect(full.at(-1)!.hijau - full[0]!.hijau).toBeGreaterThan(0.15);
      for (let i = 1; i < full.length; i++) expect(full[i]!.hijau).toBeGreaterThan(full[i - 1]!.hijau - 0.05);
    });

    it('puts every event at a unit with a poster up at that time', async () => {
      const row = await one<{ orphans: number; wrong_poster: number }>(sql`
        SELECT count(*) FILTER (WHERE NOT EXISTS (
                 SELECT 1 FROM posters p WHERE p.unit_id = e.unit_id AND p.created_at <= e.occurred_at
                   AND (p.revoked_at IS NULL OR p.revoked_at > e.occurred_at)))::int AS orphans,
               count(*) FILTER (WHERE e.poster_id IS NOT NULL AND NOT EXISTS (
                 SELECT 1 FROM posters p WHERE p.id = e.poster_id AND p.unit_id = e.unit_id
                   AND p.created_at <= e.occurred_at AND (p.revoked_at IS NULL OR p.revoked_at > e.occurred_at)))::int AS wrong_poster
        FROM checkin_events e`);
      expect(row).toEqual({ orphans: 0, wrong_poster: 0 });
    });

    it('has units adopting late and units that went silent', async () => {
      const row = await one<{ late: number; silent: number; never: number }>(sql`
        WITH first_last AS (SELECT unit_id, min(occurred_at) AS first, max(occurred_at) AS last FROM checkin_events GROUP BY 1)
        SELECT count(*) FILTER (WHERE first > ${now.toISOString()}::timestamptz - interval '20 days')::int AS late,
               count(*) FILTER (WHERE last < ${now.toISOString()}::timestamptz - interval '5 days')::int AS silent,
               (SELECT count(*)::int FROM units u WHERE u.kind IN ('village', 'urban_village') AND u.code LIKE '32.16.%'
                  AND NOT EXISTS (SELECT 1 FROM posters p WHERE p.unit_id = u.id)) AS never
        FROM first_last`);
      expect(row.late).toBeGreaterThan(5);
      expect(row.silent).toBeGreaterThan(0);
      expect(row.never).toBeGreaterThan(0);
    });

    it('has accounts for every role in both regions, a Kota Bekasi kelurahan among them', async () => {
      const rows = await queryRows<{ region: string; roles: string[]; kelurahan_admins: number }>(
        get().db,
        sql`SELECT substr(u.code, 1, 5) AS region, array_agg(DISTINCT m.role::text ORDER BY m.role::text) AS roles,
                   count(*) FILTER (WHERE u.kind = 'urban_village' AND m.role = 'admin')::int AS kelurahan_admins
            FROM memberships m JOIN units u ON u.id = m.unit_id
            WHERE u.code LIKE '32.16%' OR u.code LIKE '32.75%' GROUP BY 1 ORDER BY 1`,
      );
      const all = [...roles].sort();
      expect(rows).toEqual([
        { region: '32.16', roles: all, kelurahan_admins: 1 },
        { region: '32.75', roles: all, kelurahan_admins: 1 },
      ]);
      expect(demoAccounts.map((a) => a.email)).toEqual(expect.arrayContaining(['humas@bekasikota.go.id', 'dinkes@bekasikota.go.id']));
      // Each health office uploaded its own region's residents.
      const sources = await queryRows<{ code: string; n: number }>(
        get().db,
        sql`SELECT u.code, count(*)::int AS n FROM vaccination_registry r JOIN units u ON u.id = r.source_unit_id GROUP BY 1 ORDER BY 1`,
      );
      expect(sources.map((r) => r.code)).toEqual(['32.16', '32.75']);
      expect(sources.every((r) => r.n > 100)).toBe(true);
    });

    it('has the 2021 circulars in force from 9 September 2021, midnight WIB, and the factories stricter', async () => {
      const { db } = get();
      const policies = await queryRows<{ code: string; name: string; admits: string; from: string }>(
        db,
        sql`SELECT u.code, ep.name, array_to_string(ep.admits, ',') AS admits, to_char(ep.effective_from AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS from
            FROM entry_policies ep JOIN units u ON u.id = ep.unit_id WHERE u.code IS NOT NULL ORDER BY 1`,
      );
      expect(policies).toEqual([
        { code: '32.16', name: 'SE MenPANRB No. 21 Tahun 2021', admits: 'hijau,kuning', from: '2021-09-08 17:00' },
        { code: '32.75', name: 'SE 440/1395/SET.COVID-19 — minimal dosis pertama', admits: 'hijau,kuning', from: '2021-09-08 17:00' },
      ]);
      const kota = await unitByCode(db, '32.75.01.1002');
      expect(policyAt(await policyChain({ db, unit: kota }), new Date('2021-09-08T16:59:00Z')).names).toEqual([]);
      expect(policyAt(await policyChain({ db, unit: kota }), new Date('2021-09-08T17:00:00Z'))).toEqual({
        admits: ['hijau', 'kuning'],
        names: ['SE 440/1395/SET.COVID-19 — minimal dosis pertama'],
      });
      const [factory] = await queryRows<{ id: number }>(db, sql`SELECT id FROM units WHERE name LIKE 'PT Mitra Presisi Elektronik%'`);
      const inForce = policyAt(await policyChain({ db, unit: authorized(await getUnit(db, factory!.id)) }), now);
      expect(inForce.admits).toEqual(['hijau']);
      expect(inForce.names[0]).toBe('SE MenPANRB No. 21 Tahun 2021');
    });

    it('decides every scan as the door does: closed, then not recorded or status under the policy', async () => {
      const row = await one<Record<'ins' | 'closed' | 'not_recorded' | 'kuning_refused_factory', number>>(sql`
        SELECT count(*) FILTER (WHERE e.kind = 'in')::int AS ins,
               count(*) FILTER (WHERE e.kind = 'in' AND e.admitted <> (e.reason IS NULL))::int AS reason_mismatch,
               count(*) FILTER (WHERE e.kind = 'out' AND (e.reason IS NOT NULL OR NOT e.admitted))::int AS bad_outs,
               count(*) FILTER (WHERE e.reason = 'closed')::int AS closed,
               count(*) FILTER (WHERE e.reason = 'closed' AND (e.service_id IS NULL OR NOT ${outsideHours}))::int AS closed_wrongly,
               count(*) FILTER (WHERE e.kind = 'in' AND e.service_id IS NOT NULL AND ${outsideHours} AND e.reason IS DISTINCT FROM 'closed')::int AS open_wrongly,
               count(*) FILTER (WHERE e.reason = 'not_recorded')::int AS not_recorded,
               count(*) FILTER (WHERE e.kind = 'in' AND e.status = 'tidak_tercatat' AND e.reason IS DISTINCT FROM 'not_recorded'
                                AND e.reason IS DISTINCT FROM 'closed')::int AS unrecorded_wrongly,
               count(*) FILTER (WHERE e.reason = 'status' AND e.status NOT IN ('merah', 'hitam', 'kuning'))::int AS status_wrongly,
               count(*) FILTER (WHERE e.kind = 'in' AND e.status IN ('merah', 'hitam') AND e.admitted)::int AS red_admitted,
               count(*) FILTER (WHERE e.kind = 'in' AND e.status = 'kuning' AND factory AND e.admitted)::int AS kuning_in_factory,
               count(*) FILTER (WHERE e.kind = 'in' AND e.status = 'kuning' AND factory AND e.reason = 'status')::int AS kuning_refused_factory,
               count(*) FILTER (WHERE e.kind = 'in' AND e.status = 'kuning' AND NOT factory AND e.reason = 'status')::int AS kuning_refused_office
        FROM (SELECT e.*, EXISTS (SELECT 1 FROM entry_policies ep WHERE ep.unit_id = e.unit_id AND ep.admits = '{hijau}') AS factory
              FROM checkin_events e) e
        JOIN units u ON u.id = e.unit_id LEFT JOIN services s ON s.id = e.service_id`);
      expect(row).toMatchObject({
        reason_mismatch: 0, bad_outs: 0, closed_wrongly: 0, open_wrongly: 0, unrecorded_wrongly: 0, status_wrongly: 0,
        red_admitted: 0, kuning_in_factory: 0, kuning_refused_office: 0,
      });
      // Small, realistic shares that dashboards can still show.
      expect(row.closed).toBeGreaterThan(0);
      expect(row.closed / row.ins).toBeLessThan(0.02);
      expect(row.not_recorded / row.ins).toBeGreaterThan(0.015);
      expect(row.not_recorded / row.ins).toBeLessThan(0.05);
      expect(row.kuning_refused_factory).toBeGreaterThan(0);
    });

    it('has rollups that equal a GROUP BY over the events, refusal reasons included', async () => {
      expect(await rollupMismatches(get().db)).toEqual([]);
    });

    it('has both regions’ templates adopted by their kelurahan offices, Margahayu’s KTP-el with a quota of its own', async () => {
      const { db } = get();
      for (const region of ['32.16', '32.75']) {
        const templates = await listOwnTemplates({ db, unit: await unitByCode(db, region) });
        expect(templates.map((t) => t.name)).toEqual(['Akta Kelahiran', 'Kartu Keluarga', 'KTP-el']);
        for (const t of templates) expect(t.adopters.every((a) => a.unit.kind === 'urban_village')).toBe(true);
        expect(templates[0]!.adopters.length).toBeGreaterThan(0);
      }
      const ktp = (await listOwnTemplates({ db, unit: await unitByCode(db, '32.75') })).find((t) => t.name === 'KTP-el')!;
      const own = ktp.adopters.filter((a) => a.overrides.length > 0);
      expect(own.map((a) => [a.unit.name, a.overrides])).toEqual([['Margahayu', [{ field: 'dailyCapacity', value: 25 }]]]);
      // Telaga Asih put nothing up: its admin adopts the templates from the app.
      const offered = await listOfferedTemplates({ db, unit: await unitByCode(db, '32.16.08.1008') });
      expect(offered.map((t) => [t.name, t.serviceId])).toEqual([
        ['Akta Kelahiran', null],
        ['Kartu Keluarga', null],
        ['KTP-el', null],
      ]);
    });

    it('loads again without adding anything (every demo start runs it)', async () => {
      const count = sql`SELECT (SELECT count(*) FROM checkin_events)::int AS events, (SELECT count(*) FROM posters)::int AS posters,
                               (SELECT count(*) FROM services)::int AS services, (SELECT count(*) FROM units)::int AS units`;
      const before = await one<Record<string, number>>(count);
      const again = await seedDemoWorld(get().db, { events: EVENTS, weeks: 4, now });
      expect(again.history).toBeNull();
      expect(await one<Record<string, number>>(count)).toEqual(before);
    });

    // Last: it adds check-ins of today, outside the history's period.
    it('simulates scanners through the public API with keys stored only as hashes', async () => {
      const { db } = get();
      (globalThis as { pindaiDb?: Promise<unknown> }).pindaiDb = Promise.resolve(get());
      const { POST } = await import('@/app/api/v1/checkins/route');
      // The route handler itself, behind a plain HTTP server: the simulator's real requests reach it.
      const server = http.createServer(async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const response = await POST(
          new Request(`http://localhost${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) }),
        );
        res.writeHead(response.status, { 'content-type': 'application/json' }).end(await response.text());
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const first = await prepareSimulation(db, 3);
        const keys = [...new Set(first.map((t) => t.key))];
        expect(keys).toHaveLength(3);
        const targets = await prepareSimulation(db, 3); // a restart revokes the previous run's keys

        // Sunday evening (WIB): every office is closed, nobody comes.
        const quiet = startSimulator(origin, targets, 200, { clock: () => new Date('2026-06-07T12:00:00Z') });
        await vi.waitFor(() => expect(quiet.stats.closed).toBeGreaterThanOrEqual(30), { timeout: 10_000, interval: 50 });
        expect((await quiet.stop()).sent).toBe(0);

        // A Monday morning: scans go out (the door itself decides with the real clock).
        const sim = startSimulator(origin, targets, 40, { clock: () => new Date('2026-06-08T03:00:00Z') });
        await vi.waitFor(() => expect(sim.stats.sent).toBeGreaterThanOrEqual(30), { timeout: 30_000, interval: 100 });
        const stats = await sim.stop();
        expect(stats.closed).toBe(0);
        const recorded = Object.entries(stats.outcomes)
          .filter(([outcome]) => /^(hijau|kuning|merah|hitam|tidak_tercatat)/.test(outcome))
          .reduce((s, [, n]) => s + n, 0);
        expect(recorded).toBe(stats.sent);
        expect(stats.outcomes.hijau).toBeGreaterThan(0);
        const row = await one<{ api: number; active: number; revoked: number; raw: number }>(sql`
          SELECT (SELECT count(*)::int FROM checkin_events WHERE channel = 'api') AS api,
                 count(*) FILTER (WHERE revoked_at IS NULL)::int AS active,
                 count(*) FILTER (WHERE revoked_at IS NOT NULL)::int AS revoked,
                 count(*) FILTER (WHERE key_hash = ANY (string_to_array(${[...keys, ...targets.map((t) => t.key)].join(',')}, ',')))::int AS raw
          FROM api_keys WHERE name = ${SIM_KEY_NAME}`);
        expect(row).toEqual({ api: stats.sent, active: 3, revoked: 3, raw: 0 });
      } finally {
        server.close();
        delete (globalThis as { pindaiDb?: Promise<unknown> }).pindaiDb;
      }
    });

    it('has survey answers whose index differs by unit, the regency’s Disdukcapil at C', async () => {
      const { db } = get();
      const range = { first: '2026-05-01', last: '2026-06-05' };
      const of = async (name: string) => {
        const { id } = await one<{ id: number }>(sql`SELECT id FROM units WHERE name = ${name}`);
        return skmReport({ db, unit: authorized(await getUnit(db, id)) }, range);
      };
      const disdukcapil = await of('Disdukcapil Kabupaten Bekasi');
      expect([disdukcapil.mutu, disdukcapil.responses > 0], String(disdukcapil.ikm)).toEqual(['C', true]);
      const mpp = await of('Mal Pelayanan Publik Kabupaten Bekasi');
      expect(mpp.mutu, String(mpp.ikm)).toBe('A');
      const regency = await skmReport({ db, unit: await unitByCode(db, '32.16') }, range);
      expect(regency.responses).toBeGreaterThan(100);
      const { distinct } = await one<{ distinct: number }>(
        sql`SELECT count(DISTINCT round((s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8 + s9) * 25.0 / (9 * n), 1))::int AS distinct
            FROM (SELECT unit_id, sum(n) AS n, sum(s1) AS s1, sum(s2) AS s2, sum(s3) AS s3, sum(s4) AS s4, sum(s5) AS s5,
                         sum(s6) AS s6, sum(s7) AS s7, sum(s8) AS s8, sum(s9) AS s9 FROM skm_unit_day GROUP BY 1) u`,
      );
      expect(distinct).toBeGreaterThan(5);
    });

    it('has queues at the Mal Pelayanan Publik’s and the Disdukcapil’s counters, numbered afresh each day, the Disdukcapil waiting longest', async () => {
      const units = await queryRows<{ unit: string; tickets: number; wait: number }>(
        get().db,
        sql`SELECT u.name AS unit, count(*)::int AS tickets,
                   (avg(extract(epoch FROM t.called_at - t.issued_at)) FILTER (WHERE t.called_at IS NOT NULL) / 60)::float8 AS wait
            FROM queue_tickets t JOIN units u ON u.id = t.unit_id
            WHERE t.day <= '2026-06-05' GROUP BY 1 ORDER BY 1`,
      );
      expect(units.map((u) => u.unit)).toEqual([
        'Disdukcapil Kabupaten Bekasi',
        'Disdukcapil Kota Bekasi',
        'Mal Pelayanan Publik Kabupaten Bekasi',
        'Mal Pelayanan Publik Kota Bekasi',
      ]);
      const wait = (name: string) => units.find((u) => u.unit === name)!.wait;
      expect(wait('Disdukcapil Kabupaten Bekasi')).toBeGreaterThan(wait('Mal Pelayanan Publik Kabupaten Bekasi'));
      const row = await one<{ misnumbered: number; mistallied: number; states: number }>(sql`
        SELECT (SELECT count(*)::int FROM (SELECT 1 FROM queue_tickets GROUP BY service_id, day
                                          HAVING min(number) <> 1 OR max(number) <> count(*)) x) AS misnumbered,
               (SELECT count(*)::int FROM queue_days d WHERE d.issued <> (SELECT count(*) FROM queue_tickets t
                  WHERE t.service_id = d.service_id AND t.day = d.day)) AS mistallied,
               (SELECT count(DISTINCT state)::int FROM queue_tickets) AS states`);
      expect(row).toMatchObject({ misnumbered: 0, mistallied: 0 });
      expect(row.states).toBeGreaterThanOrEqual(3); // served and skipped, and today's called or waiting
    });

    it('still has rollups equal to the events after live check-ins', async () => {
      expect(await rollupMismatches(get().db)).toEqual([]);
    });

    it('opens a poster to the simulator only within its hours, an entrance while any service is open', async () => {
      const targets = await prepareSimulation(get().db, 2);
      const entrance = targets.find((t) => t.entrance)!;
      const counter = targets.find((t) => !t.entrance)!;
      expect(entrance.hours.length).toBeGreaterThan(1);
      const at = (iso: string) => new Date(iso);
      // Friday 5 June 2026 in WIB: the demo's services open 08.00–11.00.
      for (const t of [entrance, counter]) {
        expect(isTargetOpen(t, at('2026-06-05T00:59:00Z'))).toBe(false); // 07.59
        expect(isTargetOpen(t, at('2026-06-05T01:00:00Z'))).toBe(true); // 08.00
        expect(isTargetOpen(t, at('2026-06-05T03:59:00Z'))).toBe(true); // 10.59
        expect(isTargetOpen(t, at('2026-06-05T04:00:00Z'))).toBe(false); // 11.00
        expect(isTargetOpen(t, at('2026-06-04T07:30:00Z'))).toBe(true); // Thursday 14.30
        expect(isTargetOpen(t, at('2026-06-07T03:00:00Z'))).toBe(false); // Sunday 10.00
      }
    });
  },
  async (database) => {
    const { history } = await seedDemoWorld(database.db, { events: EVENTS, weeks: 4, now });
    expect(history).toBeGreaterThan(0);
  },
);
