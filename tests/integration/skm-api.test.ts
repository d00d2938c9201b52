import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { GET } from '@/app/api/units/[unitId]/skm/route';
import { localDate } from '@/lib/time/local';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, seedAreas, unitByCode } from '../support/fixtures';
import { serveRoutes } from '../support/route-server';
import { writeAnswers } from '../support/skm-data';

// The session is next-auth's (a signed cookie): here the route is asked as each actor in turn.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor }));

const TA = '32.16.08.1008';

describeEachDatabase(
  'GET /api/units/<id>/skm',
  (get) => {
    let server: Awaited<ReturnType<typeof serveRoutes>>;
    const day = localDate(new Date(), 'Asia/Jakarta');
    beforeAll(async () => {
      server = await serveRoutes(get(), [[/^\/api\/units\/(?<unitId>[^/]+)\/skm$/, GET, 'GET']]);
      await writeAnswers(get().db, (await unitByCode(get().db, TA)).id, [
        [4, 4, 3, 4, 3, 4, 4, 3, 4],
        [3, 3, 3, 2, 3, 3, 4, 3, 3],
        [2, 3, 4, 3, 3, 4, 4, 2, 3],
      ]);
    });
    afterAll(() => server.close());

    async function ask(role: Parameters<typeof actorWith>[1] | null, roleUnit: string, unit: string, query = `from=${day}&to=${day}`) {
      session.actor = role ? await actorWith(get().db, role, roleUnit) : null;
      const id = (await unitByCode(get().db, unit)).id;
      return fetch(`${server.origin}/api/units/${id}/skm?${query}`);
    }

    it('answers the subtree’s index to the roles that read statistics', async () => {
      for (const [role, at] of [['comms', '32.16'], ['official', '32.16.08'], ['admin', TA], ['superadmin', '32']] as const) {
        const res = await ask(role, at, '32.16.08');
        expect(res.status, role).toBe(role === 'admin' ? 403 : 200);
      }
      const body = await (await ask('comms', '32.16', '32.16')).json();
      expect(body).toEqual({
        responses: 3,
        ikm: 81.48,
        mutu: 'B',
        unsur: [3, 3.33, 3.33, 3, 3, 3.67, 4, 2.67, 3.33].map((nrr, i) => ({ code: `U${i + 1}`, nrr })),
      });
      expect(await (await ask('admin', TA, TA, 'from=2025-01-01&to=2025-12-31')).json()).toMatchObject({ responses: 0, ikm: null, mutu: null });
    });

    it('refuses other tenants and roles without statistics (403), the signed-out (401) and bad dates (422)', async () => {
      expect((await ask('comms', '32.16', '32.75')).status).toBe(403);
      expect((await ask('admin', TA, '32.16.08')).status).toBe(403);
      expect((await ask('desk', TA, TA)).status).toBe(403);
      expect((await ask('health', '32.16', TA)).status).toBe(403);
      expect((await ask(null, TA, TA)).status).toBe(401);
      for (const query of ['', `from=${day}`, 'from=2026-13-01&to=2026-12-31', 'from=2026-02-01&to=2026-01-01', 'from=2019-12-31&to=2020-01-31', 'from=2024-01-01&to=2025-12-31', 'from=x&to=y']) {
        expect((await ask('comms', '32.16', TA, query)).status, query).toBe(422);
      }
    });
  },
  async (database) => {
    await seedAreas(database.db);
  },
);
