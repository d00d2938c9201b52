import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import * as templates from '@/app/api/units/[unitId]/service-templates/route';
import * as template from '@/app/api/units/[unitId]/service-templates/[templateId]/route';
import * as adopt from '@/app/api/units/[unitId]/services/adopt/route';
import * as override from '@/app/api/units/[unitId]/services/[serviceId]/overrides/[field]/route';
import { serviceTemplates, services } from '@/lib/db/schema';
import { officeHours } from '@/lib/services/input';
import { tableCounts } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, seedAreas, unitByCode } from '../support/fixtures';
import { serveRoutes } from '../support/route-server';

// The session is next-auth's (a signed cookie): here each route is asked as each actor in turn.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor }));

const KAB = '32.16';
const TA = '32.16.08.1008';
const TM = '32.16.08.2001';
const KOTA = '32.75';
const KOTA_KEL = '32.75.01.1001';
const body = {
  name: 'Kartu Keluarga',
  category: 'kependudukan',
  openingHours: officeHours,
  requirements: 'Surat pengantar RT/RW',
  completionTime: '1 hari kerja',
  fee: 'Gratis',
};

type Who = [role: Parameters<typeof actorWith>[1], at: string] | null;

describeEachDatabase(
  'the service template routes over HTTP',
  (get) => {
    let server: Awaited<ReturnType<typeof serveRoutes>>;
    const id = async (code: string) => (await unitByCode(get().db, code)).id;
    beforeAll(async () => {
      server = await serveRoutes(get(), [
        [/^\/api\/units\/(?<unitId>[^/]+)\/service-templates$/, templates.GET, 'GET'],
        [/^\/api\/units\/(?<unitId>[^/]+)\/service-templates$/, templates.POST],
        [
          /^\/api\/units\/(?<unitId>[^/]+)\/service-templates\/(?<templateId>[^/]+)$/,
          template.PATCH,
          'PATCH',
        ],
        [
          /^\/api\/units\/(?<unitId>[^/]+)\/service-templates\/(?<templateId>[^/]+)$/,
          template.DELETE,
          'DELETE',
        ],
        [/^\/api\/units\/(?<unitId>[^/]+)\/services\/adopt$/, adopt.POST],
        [
          /^\/api\/units\/(?<unitId>[^/]+)\/services\/(?<serviceId>[^/]+)\/overrides\/(?<field>[^/]+)$/,
          override.DELETE,
          'DELETE',
        ],
      ]);
    });
    afterAll(() => server.close());

    /** Rows in every table, and the rows a refused change could alter. */
    async function footprint() {
      const { db } = get();
      return {
        counts: await tableCounts(db),
        templates: await db.select().from(serviceTemplates),
        services: await db.select().from(services),
      };
    }

    const actors = new Map<string, Promise<Actor>>();
    /** One account per role and unit, made once (hashing each one's password is the slow part). */
    const actorAs = ([role, at]: NonNullable<Who>) => {
      const key = `${role}@${at}`;
      if (!actors.has(key)) actors.set(key, actorWith(get().db, role, at));
      return actors.get(key)!;
    };

    async function ask(who: Who, method: string, path: string, json?: unknown) {
      session.actor = who ? await actorAs(who) : null;
      const res = await fetch(`${server.origin}${path}`, {
        method,
        headers:
          method === 'GET' ? {} : { origin: server.origin, 'content-type': 'application/json' },
        body: json === undefined ? undefined : JSON.stringify(json),
      });
      return { status: res.status, body: res.status === 204 ? null : await res.json() };
    }

    it('lets only the owner’s admins manage a template and the admins below adopt it; refuses the rest, writing nothing', async () => {
      const [kab, ta, tm, kota, kotaKel] = await Promise.all([KAB, TA, TM, KOTA, KOTA_KEL].map(id));
      const created = await ask(
        ['admin', KAB],
        'POST',
        `/api/units/${kab}/service-templates`,
        body,
      );
      expect(created.status).toBe(201);
      const tid = created.body.template.id as number;
      const adopted = await ask(['admin', TA], 'POST', `/api/units/${ta}/services/adopt`, {
        templateId: tid,
      });
      expect(adopted.status).toBe(201);
      const sid = adopted.body.service.id as number;

      const refused: [string, Who, string, string, unknown, number][] = [
        ['anonymous', null, 'GET', `/api/units/${kab}/service-templates`, undefined, 401],
        [
          'another regency reads',
          ['official', KOTA],
          'GET',
          `/api/units/${kab}/service-templates`,
          undefined,
          403,
        ],
        [
          'a kelurahan defines',
          ['admin', TA],
          'POST',
          `/api/units/${ta}/service-templates`,
          body,
          403,
        ],
        ['desk defines', ['desk', KAB], 'POST', `/api/units/${kab}/service-templates`, body, 403],
        [
          'another regency defines',
          ['admin', KOTA],
          'POST',
          `/api/units/${kab}/service-templates`,
          body,
          403,
        ],
        [
          'bad input',
          ['admin', KAB],
          'POST',
          `/api/units/${kab}/service-templates`,
          { ...body, fee: 5 },
          422,
        ],
        [
          'official changes',
          ['official', KAB],
          'PATCH',
          `/api/units/${kab}/service-templates/${tid}`,
          body,
          403,
        ],
        [
          'comms changes',
          ['comms', KAB],
          'PATCH',
          `/api/units/${kab}/service-templates/${tid}`,
          body,
          403,
        ],
        [
          'a kelurahan below changes',
          ['admin', TA],
          'PATCH',
          `/api/units/${kab}/service-templates/${tid}`,
          body,
          403,
        ],
        [
          'another regency, its own unit',
          ['admin', KOTA],
          'PATCH',
          `/api/units/${kota}/service-templates/${tid}`,
          body,
          404,
        ],
        [
          'bad change',
          ['admin', KAB],
          'PATCH',
          `/api/units/${kab}/service-templates/${tid}`,
          { ...body, name: '' },
          422,
        ],
        [
          'desk deletes',
          ['desk', KAB],
          'DELETE',
          `/api/units/${kab}/service-templates/${tid}`,
          undefined,
          403,
        ],
        [
          'another regency deletes',
          ['admin', KOTA],
          'DELETE',
          `/api/units/${kota}/service-templates/${tid}`,
          undefined,
          404,
        ],
        [
          'desk adopts',
          ['desk', TM],
          'POST',
          `/api/units/${tm}/services/adopt`,
          { templateId: tid },
          403,
        ],
        [
          'health adopts',
          ['health', KAB],
          'POST',
          `/api/units/${tm}/services/adopt`,
          { templateId: tid },
          403,
        ],
        [
          'another regency adopts',
          ['admin', KOTA_KEL],
          'POST',
          `/api/units/${kotaKel}/services/adopt`,
          { templateId: tid },
          404,
        ],
        [
          'adopts twice',
          ['admin', TA],
          'POST',
          `/api/units/${ta}/services/adopt`,
          { templateId: tid },
          409,
        ],
        [
          'adopts nothing',
          ['admin', TA],
          'POST',
          `/api/units/${ta}/services/adopt`,
          { templateId: 'KK' },
          422,
        ],
        [
          'desk returns a field',
          ['desk', TA],
          'DELETE',
          `/api/units/${ta}/services/${sid}/overrides/name`,
          undefined,
          403,
        ],
        [
          'a sibling returns a field',
          ['admin', TM],
          'DELETE',
          `/api/units/${tm}/services/${sid}/overrides/name`,
          undefined,
          404,
        ],
        [
          'no such field',
          ['admin', TA],
          'DELETE',
          `/api/units/${ta}/services/${sid}/overrides/pausedAt`,
          undefined,
          404,
        ],
      ];
      for (const [, who] of refused) if (who) await actorAs(who);
      const before = await footprint();
      for (const [what, who, method, path, json, status] of refused) {
        const answer = await ask(who, method, path, json);
        expect({ what, status: answer.status }).toEqual({ what, status });
        expect(typeof answer.body.error?.message, what).toBe('string');
      }
      expect(await footprint()).toEqual(before);

      // What each may do: the owner's admins change and see adopters; the adopter returns a field.
      const own = await ask(['official', KAB], 'GET', `/api/units/${kab}/service-templates`);
      expect(
        own.body.own.map((t: { id: number; adopters: unknown[] }) => [t.id, t.adopters.length]),
      ).toEqual([[tid, 1]]);
      const offered = await ask(['desk', TA], 'GET', `/api/units/${ta}/service-templates`);
      expect(offered.body).toMatchObject({
        own: [],
        offered: [{ id: tid, serviceId: sid, owner: { name: 'Kabupaten Bekasi' } }],
      });
      expect(
        (await ask(['admin', KOTA], 'GET', `/api/units/${kotaKel}/service-templates`)).body.offered,
      ).toEqual([]);
      const changed = await ask(
        ['admin', KAB],
        'PATCH',
        `/api/units/${kab}/service-templates/${tid}`,
        { ...body, fee: 'Rp 0' },
      );
      expect(changed.status).toBe(200);
      const back = await ask(
        ['admin', TA],
        'DELETE',
        `/api/units/${ta}/services/${sid}/overrides/fee`,
      );
      expect([back.status, back.body.service.fee]).toEqual([200, 'Rp 0']);
      expect(
        (await ask(['admin', KAB], 'DELETE', `/api/units/${kab}/service-templates/${tid}`)).status,
      ).toBe(204);
    });
  },
  async ({ db }) => seedAreas(db),
);
