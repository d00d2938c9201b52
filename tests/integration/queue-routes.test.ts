import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { GET as displayData } from '@/app/layar/[displayToken]/data/route';
import { GET as displayPage } from '@/app/layar/[displayToken]/route';
import { GET as displayStream } from '@/app/layar/[displayToken]/stream/route';
import { DELETE as revokeRoute } from '@/app/api/units/[unitId]/displays/[displayId]/route';
import { GET as listRoute, POST as createRoute } from '@/app/api/units/[unitId]/displays/route';
import { GET as exportCsv } from '@/app/api/units/[unitId]/queue/export.csv/route';
import { POST as nextRoute } from '@/app/api/units/[unitId]/queue/next/route';
import { POST as ticketRoute } from '@/app/api/units/[unitId]/queue/tickets/[ticketId]/route';
import { demoVisitors, registryCsv } from '@/demo/registry';
import type { Actor } from '@/lib/auth/permissions';
import { importRegistry } from '@/lib/checkins/registry-import';
import { liveHub } from '@/lib/live/hub';
import { DISPLAY_CSP } from '@/lib/queue/display-page';
import { createPoster } from '@/lib/posters/posters';
import { createService } from '@/lib/services/services';
import { tableCounts, testNik } from '../support/checkin-checks';
import { serveDoor } from '../support/door-server';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas, unitByCode } from '../support/fixtures';
import { serveRoutes } from '../support/route-server';

// The session is next-auth's (a signed cookie): here the routes are asked as each actor in turn.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor }));

type Board = { services: { serviceId: number; current: string | null; call: string | null }[] };

const TA = '32.16.08.1008';
const TM = '32.16.08.2001';
const allDay = Array(7).fill({ open: '00:00', close: '23:59' });
const unitPath = '/api/units/(?<unitId>[^/]+)';

describeEachDatabase(
  'queue routes: the door, the desk, the display',
  (get) => {
    let door: Awaited<ReturnType<typeof serveDoor>>;
    let app: Awaited<ReturnType<typeof serveRoutes>>;
    let unitId: number;
    let otherId: number;
    let serviceId: number;
    let token: string;
    beforeAll(async () => {
      const { db } = get();
      door = await serveDoor(get());
      app = await serveRoutes(get(), [
        [new RegExp(`^${unitPath}/queue/next$`), nextRoute],
        [new RegExp(`^${unitPath}/queue/tickets/(?<ticketId>[^/]+)$`), ticketRoute],
        [new RegExp(`^${unitPath}/queue/export\\.csv$`), exportCsv, 'GET'],
        [new RegExp(`^${unitPath}/displays/(?<displayId>[^/]+)$`), revokeRoute, 'DELETE' as 'POST'],
        [new RegExp(`^${unitPath}/displays$`), createRoute],
        [/^\/layar\/(?<displayToken>[^/]+)\/data$/, displayData, 'GET'],
        [/^\/layar\/(?<displayToken>[^/]+)$/, displayPage, 'GET'],
      ]);
      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      const service = await createService(admin, {
        name: 'KTP-el',
        category: 'kependudukan',
        openingHours: allDay,
        queueLetter: 'K',
      });
      serviceId = service.id;
      token = (await createPoster(admin, { label: 'Loket KTP', serviceId })).token!;
      unitId = admin.unit.id;
      otherId = (await unitByCode(db, TM)).id;
    });
    afterAll(async () => {
      await liveHub().close();
      await Promise.all([door.close(), app.close()]);
    });

    const as = async (role: Parameters<typeof actorWith>[1] | null, code = TA) => {
      session.actor = role ? await actorWith(get().db, role, code) : null;
    };
    const send = (path: string, method = 'POST', body?: unknown) =>
      fetch(`${app.origin}${path}`, {
        method,
        headers: { origin: app.origin, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    /** Visitor `n` (hijau in the registry) checks in at the loket's poster: the result page's path. */
    async function checkIn(n: number) {
      const from = `198.51.100.${n}`;
      const res = await fetch(`${door.origin}/c/${token}/masuk`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          origin: door.origin,
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': from,
        },
        body: new URLSearchParams({ identitas: testNik(n) }),
      });
      expect(res.status).toBe(303);
      return res.headers.get('location')!;
    }

    it('shows the visitor’s number, the number called and the wait on the result page, and keeps them current', async () => {
      const result = await checkIn(1);
      const page = await (await fetch(`${door.origin}${result}`)).text();
      const number = page.match(/data-ticket="(K-\d{3})"/)![1]!;
      expect(page).toContain('Nomor antrean Anda');
      expect(page).toContain('Menunggu dipanggil.');
      expect(page).toContain('<noscript><meta http-equiv="refresh" content="20"></noscript>');
      expect(Buffer.byteLength(page)).toBeLessThan(8 * 1024);
      const poll = page.match(/data-src="([^"]+)"/)![1]!.replaceAll('&amp;', '&');
      const before = await (await fetch(`${door.origin}${poll}`)).json();
      expect(before).toMatchObject({ state: 'waiting', serving: '–' });

      await as('desk');
      const called = await (
        await send(`/api/units/${unitId}/queue/next`, 'POST', { serviceId })
      ).json();
      expect(called.ticket.label).toBe(number);
      expect(await (await fetch(`${door.origin}${poll}`)).json()).toMatchObject({
        state: 'called',
        serving: number,
        status: 'Nomor Anda dipanggil: silakan ke loket.',
      });
      const served = await send(`/api/units/${unitId}/queue/tickets/${called.ticket.id}`, 'POST', {
        action: 'serve',
      });
      expect(await served.json()).toMatchObject({ ticket: { state: 'served' } });
      const after = await (await fetch(`${door.origin}${result}`)).text();
      expect(after).not.toContain('http-equiv="refresh"');

      // The poll is the result page's: a wrong signature or another poster's token finds nothing.
      expect((await fetch(`${door.origin}${poll.replace(/s=[^&]+/, 's=palsu')}`)).status).toBe(404);
      const admin = await ctxFor(get().db, await actorWith(get().db, 'admin', TM), TM);
      const other = (await createPoster(admin, { label: 'Pintu', serviceId: null })).token!;
      expect((await fetch(`${door.origin}${poll.replace(token, other)}`)).status).toBe(404);
      expect((await fetch(`${door.origin}/c/${token}/antrean/abc?s=x`)).status).toBe(404);
    });

    it('lets the desk and admin call and act, and refuses read-only roles, other units and bad input without writing', async () => {
      await checkIn(2);
      const { db } = get();
      const [official, comms, otherDesk, desk] = await Promise.all([
        actorWith(db, 'official', TA),
        actorWith(db, 'comms', '32.16'),
        actorWith(db, 'desk', TM),
        actorWith(db, 'desk', TA),
      ]);
      const before = await tableCounts(db);
      for (const actor of [official, comms, otherDesk]) {
        session.actor = actor;
        expect((await send(`/api/units/${unitId}/queue/next`, 'POST', { serviceId })).status).toBe(
          403,
        );
        expect(
          (await send(`/api/units/${unitId}/queue/tickets/1`, 'POST', { action: 'serve' })).status,
        ).toBe(403);
      }
      expect((await send(`/api/units/${otherId}/queue/next`, 'POST', { serviceId })).status).toBe(
        404,
      );
      session.actor = null;
      expect((await send(`/api/units/${unitId}/queue/next`, 'POST', { serviceId })).status).toBe(
        401,
      );
      session.actor = desk;
      expect((await send(`/api/units/${unitId}/queue/next`, 'POST', {})).status).toBe(422);
      expect(
        (await send(`/api/units/${unitId}/queue/tickets/1`, 'POST', { action: 'lompat' })).status,
      ).toBe(422);
      expect(
        (await send(`/api/units/${unitId}/queue/tickets/99999999`, 'POST', { action: 'serve' }))
          .status,
      ).toBe(404);
      expect(
        (await send(`/api/units/${unitId}/queue/tickets/x1`, 'POST', { action: 'serve' })).status,
      ).toBe(404);
      const noOrigin = await fetch(`${app.origin}/api/units/${unitId}/queue/next`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ serviceId }),
      });
      expect(noOrigin.status).toBe(403);
      expect(await tableCounts(db)).toEqual(before);
      await as('admin');
      expect((await send(`/api/units/${unitId}/queue/next`, 'POST', { serviceId })).status).toBe(
        200,
      );
    });

    it('opens the display with its token only, updates it within a second of a call, and ends it once revoked', async () => {
      await as('desk');
      expect((await send(`/api/units/${unitId}/displays`, 'POST', { name: 'TV' })).status).toBe(
        403,
      );
      await as('admin', TM);
      expect((await send(`/api/units/${unitId}/displays`, 'POST', { name: 'TV' })).status).toBe(
        403,
      );
      await as('admin');
      expect((await send(`/api/units/${unitId}/displays`, 'POST', { name: '' })).status).toBe(422);
      const made = await send(`/api/units/${unitId}/displays`, 'POST', { name: 'TV ruang tunggu' });
      expect(made.status).toBe(201);
      const { display } = await made.json();
      const path = new URL(display.url).pathname;
      expect(path).toMatch(/^\/layar\/lyr_[\w-]{32}$/);
      const listed = JSON.stringify(
        await (
          await listRoute(new Request(`${app.origin}/api/units/${unitId}/displays`), {
            params: Promise.resolve({ unitId: String(unitId) }),
          })
        ).json(),
      );
      expect(listed).toContain('TV ruang tunggu');
      expect(listed).not.toContain(path.split('/').at(-1));
      for (const bad of [
        '/layar/lyr_bukan',
        `/layar/lyr_${'A'.repeat(32)}`,
        '/layar/%00',
        `${path}x`,
      ]) {
        expect((await fetch(`${app.origin}${bad}`)).status, bad).toBe(404);
        expect((await fetch(`${app.origin}${bad}/data`)).status, bad).toBe(404);
      }
      const page = await fetch(`${app.origin}${path}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="${DISPLAY_CSP.replaceAll("'", '&#39;')}">`,
      );
      expect(DISPLAY_CSP).toContain("script-src 'sha256-");
      expect(html).toContain('KTP-el');
      expect(html).toContain('Nomor dipanggil');

      await checkIn(3);
      // Asked of the handler itself: the test server would wait for a stream's end.
      const controller = new AbortController();
      const displayToken = path.split('/').at(-1)!;
      const stream = await displayStream(
        new Request(`${app.origin}${path}/stream`, { signal: controller.signal }),
        {
          params: Promise.resolve({ displayToken }),
        },
      );
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      const reader = stream.body!.getReader();
      let buffered = '';
      const nextBoard = async () => {
        for (;;) {
          const event = /event: board\ndata: (.+)\n\n/.exec(buffered);
          if (event) {
            buffered = buffered.slice(event.index + event[0].length);
            return JSON.parse(event[1]!) as Board;
          }
          const { value, done } = await reader.read();
          if (done) return null;
          buffered += new TextDecoder().decode(value);
        }
      };
      const first = (await nextBoard())!;
      await as('desk');
      const calledAt = Date.now();
      const { ticket } = await (
        await send(`/api/units/${unitId}/queue/next`, 'POST', { serviceId })
      ).json();
      const second = (await nextBoard())!;
      expect(Date.now() - calledAt).toBeLessThan(1000);
      const row = (b: Board) => b.services.find((s) => s.serviceId === serviceId)!;
      expect(row(second).current).toBe(ticket.label);
      expect(row(second).call).not.toBe(row(first).call);
      expect((await (await fetch(`${app.origin}${path}/data`)).json()).services[0]).toMatchObject({
        current: ticket.label,
      });

      await as('admin');
      expect((await send(`/api/units/${unitId}/displays/${display.id}`, 'DELETE')).status).toBe(
        204,
      );
      expect((await send(`/api/units/${unitId}/displays/${display.id}`, 'DELETE')).status).toBe(
        404,
      );
      expect((await fetch(`${app.origin}${path}`)).status).toBe(404);
      expect((await fetch(`${app.origin}${path}/data`)).status).toBe(404);
      // The open stream ends at its next check.
      expect(
        await Promise.race([
          nextBoard().then(() => 'ended'),
          new Promise((r) => setTimeout(() => r('open'), 6000)),
        ]),
      ).toBe('ended');
      controller.abort();
    });

    it('exports the day’s queue with each number’s wait to those who may export, refusing a bad day', async () => {
      const day = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
      await as('desk');
      expect(
        (await send(`/api/units/${unitId}/queue/export.csv?day=${day}&lang=id`, 'GET')).status,
      ).toBe(403);
      await as('comms', '32.16');
      expect(
        (await send(`/api/units/${unitId}/queue/export.csv?day=2019-12-31&lang=id`, 'GET')).status,
      ).toBe(422);
      const noDay = await send(`/api/units/${unitId}/queue/export.csv?lang=id`, 'GET');
      expect(noDay.status).toBe(422);
      expect(((await noDay.json()) as { error: { message: string } }).error.message).toMatch(
        /^Pilih tanggal antrean/,
      );
      const res = await send(`/api/units/${unitId}/queue/export.csv?day=${day}&lang=id`, 'GET');
      expect(res.status).toBe(200);
      const rows = parse((await res.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<
        string,
        string
      >[];
      expect(rows.length).toBe(3);
      expect(rows[0]).toMatchObject({ Layanan: 'KTP-el', Nomor: 'K-001', Status: 'Dilayani' });
      expect(rows[0]!['Tunggu (menit)']).toMatch(/^\d+(\.\d+)?$/);
    });
  },
  async (database) => {
    await seedAreas(database.db);
    const { db } = database;
    const visitors = [1, 2, 3].map((n) => ({ nik: testNik(n), doses: 2, positive: false }));
    await importRegistry(
      await ctxFor(db, await actorWith(db, 'health', '32'), '32'),
      registryCsv([...demoVisitors, ...visitors]),
    );
  },
);
