/**
 * The authorisation matrix (issue 14), written out by hand: every page, every route under
 * app/api and every door route, asked by an anonymous visitor, by one account of each role and
 * by a superadmin, about the account's own unit, a child, the parent, a sibling and a unit in
 * the other regency. The expected statuses are typed below from the design (DESIGN.md: who
 * does what, a role holds over its subtree), never computed from lib/auth/permissions.
 *
 * The probes change nothing: a write is sent an empty body (allowed: 422, refused: 401/403),
 * a delete or a poster action names an id that does not exist (allowed: 404).
 */
import { expect, test } from '@playwright/test';
import { Client } from './client';
import { created, jsonChange, origin, signInAll, TELAGA_ASIH, unitIds } from './fixture';
import { allRoutes, routeKey } from './routes';

const relations = ['self', 'child', 'parent', 'sibling', 'other regency'] as const;
type Who = 'anonymous' | 'official' | 'admin' | 'desk' | 'comms' | 'health' | 'superadmin';

/** Who plays each role, and the units that stand in each relation to theirs. */
const cast: Record<Who, { email: string | null; units: [string, string, string, string, string] }> =
  {
    anonymous: {
      email: null,
      units: [TELAGA_ASIH, 'AGENCY', '32.16.08', '32.16.08.2001', '32.75.01.1001'],
    },
    official: {
      email: 'camat.cikarangbarat@bekasikab.go.id',
      units: ['32.16.08', TELAGA_ASIH, '32.16', '32.16.07', '32.75.01'],
    },
    admin: {
      email: 'admin.telagaasih@bekasikab.go.id',
      units: [TELAGA_ASIH, 'AGENCY', '32.16.08', '32.16.08.2001', '32.75.01.1001'],
    },
    desk: {
      email: 'loket.telagaasih@bekasikab.go.id',
      units: [TELAGA_ASIH, 'AGENCY', '32.16.08', '32.16.08.2001', '32.75.01.1001'],
    },
    comms: { email: 'humas@bekasikab.go.id', units: ['32.16', '32.16.08', '32', '32.01', '32.75'] },
    health: {
      email: 'dinkes@bekasikab.go.id',
      units: ['32.16', '32.16.08', '32', '32.01', '32.75'],
    },
    superadmin: {
      email: 'superadmin@pindai.id',
      units: [TELAGA_ASIH, 'AGENCY', '32.16.08', '32.16.08.2001', '32.75.01.1001'],
    },
  };

/** Statuses for [self, child, parent, sibling, other regency], by who asks. */
type Row = Record<Who, string>;
const row = (
  anonymous: string,
  official: string,
  admin: string,
  desk: string,
  comms: string,
  health: string,
  superadmin: string,
): Row => ({
  anonymous,
  official,
  admin,
  desk,
  comms,
  health,
  superadmin,
});

// Shorthands for the common rows; every cell is still a status typed here.
const ALL = '200 200 200 200 200';
const SUB = '200 200 403 403 403'; // the role's own subtree only
const NO = '403 403 403 403 403';
const LOGIN = '307 307 307 307 307'; // a page sends the signed-out to the login page
const API_ANON = '401 401 401 401 401'; // a unit's API asks the signed-out to sign in
const sub = (ok: number) => `${ok} ${ok} 403 403 403`;
const all = (s: number) => Array(5).fill(s).join(' ');
// Routes that name no unit are asked once per identity: the relation columns do not exist for them.
const once = (s: number) => `${s} - - - -`;
// Kota Bekasi's tree publishes its statistics (set up below); nothing in Kabupaten Bekasi does.
const PUBLIC_OTHER = '404 404 404 404 200';

/**
 *                                                   anonymous  official   admin      desk       comms      health     superadmin
 */
const expected: Record<string, Row> = {
  // pages
  'GET /': row(once(307), once(307), once(307), once(307), once(307), once(307), once(307)), // one unit each: straight to it
  'GET /login': row(once(200), once(200), once(200), once(200), once(200), once(200), once(200)),
  'GET /akun/kata-sandi': row(once(307), once(200), once(200), once(200), once(200), once(200), once(200)),
  // the jobs' runs span every unit: superadmins only, whatever units the others hold
  'GET /sistem/tugas': row(once(307), once(403), once(403), once(403), once(403), once(403), once(200)),
  // a poster's token is no password link: the page says so, for anyone
  'GET /akun/atur-sandi/:token': row(ALL, ALL, ALL, ALL, ALL, ALL, ALL),
  // the scanner API's description: public, like the file it replaced
  'GET /openapi.json': row(once(200), once(200), once(200), once(200), once(200), once(200), once(200)),
  'POST /api/akun/kata-sandi': row(once(401), once(422), once(422), once(422), once(422), once(422), once(422)),
  'POST /api/akun/atur-sandi': row(once(422), once(422), once(422), once(422), once(422), once(422), once(422)),
  // the morning digest is for officials and admins (their own setting); the probe's empty body is refused as such
  'PUT /api/akun/ringkasan-harian': row(once(401), once(422), once(422), once(403), once(403), once(403), once(403)),
  'GET /u/:unitId': row(LOGIN, SUB, SUB, SUB, SUB, SUB, ALL),
  'GET /u/:unitId/api-keys': row(LOGIN, NO, SUB, NO, NO, NO, ALL),
  'GET /u/:unitId/audit': row(LOGIN, NO, SUB, NO, NO, NO, ALL),
  'GET /u/:unitId/desk': row(LOGIN, NO, SUB, SUB, NO, NO, ALL),
  'GET /u/:unitId/members': row(LOGIN, NO, SUB, NO, NO, NO, ALL),
  'GET /u/:unitId/posters': row(LOGIN, SUB, SUB, SUB, SUB, SUB, ALL),
  'GET /u/:unitId/posters/print': row(LOGIN, SUB, SUB, SUB, SUB, SUB, ALL),
  'GET /u/:unitId/registry': row(LOGIN, NO, NO, NO, NO, SUB, ALL),
  'GET /u/:unitId/services': row(LOGIN, SUB, SUB, SUB, SUB, SUB, ALL),
  'GET /u/:unitId/stats': row(LOGIN, SUB, SUB, NO, SUB, NO, ALL),
  // public statistics: for everyone, where the unit published them
  'GET /statistik/:unitId': row(
    PUBLIC_OTHER,
    PUBLIC_OTHER,
    PUBLIC_OTHER,
    PUBLIC_OTHER,
    PUBLIC_OTHER,
    PUBLIC_OTHER,
    PUBLIC_OTHER,
  ),
  'GET /statistik/:unitId/embed': row(
    PUBLIC_OTHER,
    PUBLIC_OTHER,
    PUBLIC_OTHER,
    PUBLIC_OTHER,
    PUBLIC_OTHER,
    PUBLIC_OTHER,
    PUBLIC_OTHER,
  ),
  // a unit's API
  'GET /api/units/:unitId/api-keys': row(API_ANON, NO, SUB, NO, NO, NO, ALL),
  'POST /api/units/:unitId/api-keys': row(API_ANON, NO, sub(422), NO, NO, NO, all(422)),
  'DELETE /api/units/:unitId/api-keys/:keyId': row(API_ANON, NO, sub(404), NO, NO, NO, all(404)),
  'POST /api/units/:unitId/children': row(API_ANON, NO, sub(422), NO, NO, NO, all(422)),
  'GET /api/units/:unitId/desk/checkins': row(API_ANON, NO, SUB, SUB, NO, NO, ALL),
  'POST /api/units/:unitId/desk/checkins': row(API_ANON, NO, sub(422), sub(422), NO, NO, all(422)),
  'GET /api/units/:unitId/entry-policy': row(API_ANON, SUB, SUB, SUB, SUB, SUB, ALL),
  // queue displays are the admin's to hand out, like scanner keys
  'GET /api/units/:unitId/displays': row(API_ANON, NO, SUB, NO, NO, NO, ALL),
  'POST /api/units/:unitId/displays': row(API_ANON, NO, sub(422), NO, NO, NO, all(422)),
  'DELETE /api/units/:unitId/displays/:displayId': row(API_ANON, NO, sub(404), NO, NO, NO, all(404)),
  'POST /api/units/:unitId/entry-policy': row(API_ANON, NO, sub(422), NO, NO, NO, all(422)),
  'GET /api/units/:unitId/live': row(API_ANON, SUB, SUB, SUB, SUB, SUB, ALL),
  'GET /api/units/:unitId/members': row(API_ANON, NO, SUB, NO, NO, NO, ALL),
  // the overview's range panels, read again as the live stream reports check-ins
  'GET /api/units/:unitId/overview': row(API_ANON, SUB, SUB, SUB, SUB, SUB, ALL),
  'POST /api/units/:unitId/members': row(API_ANON, NO, sub(422), NO, NO, NO, all(422)),
  'PATCH /api/units/:unitId/members/:membershipId': row(
    API_ANON,
    NO,
    sub(422),
    NO,
    NO,
    NO,
    all(422),
  ),
  'DELETE /api/units/:unitId/members/:membershipId': row(
    API_ANON,
    NO,
    sub(404),
    NO,
    NO,
    NO,
    all(404),
  ),
  'POST /api/units/:unitId/members/:membershipId/password-reset': row(API_ANON, NO, sub(404), NO, NO, NO, all(404)),
  'GET /api/units/:unitId/posters': row(API_ANON, SUB, SUB, SUB, SUB, SUB, ALL),
  'POST /api/units/:unitId/posters': row(API_ANON, NO, sub(422), NO, NO, NO, all(422)),
  'GET /api/units/:unitId/posters/:posterId/:file': row(
    API_ANON,
    sub(404),
    sub(404),
    sub(404),
    sub(404),
    sub(404),
    all(404),
  ),
  'POST /api/units/:unitId/posters/:posterId/revoke': row(
    API_ANON,
    NO,
    sub(404),
    NO,
    NO,
    NO,
    all(404),
  ),
  'POST /api/units/:unitId/posters/:posterId/rotate': row(
    API_ANON,
    NO,
    sub(404),
    NO,
    NO,
    NO,
    all(404),
  ),
  'GET /api/units/:unitId/posters/all.pdf': row(API_ANON, SUB, SUB, SUB, SUB, SUB, ALL),
  // the door posters of every unit below: none below the agency or the two villages (404)
  'GET /api/units/:unitId/posters/below.pdf': row(
    API_ANON,
    SUB,
    '200 404 403 403 403',
    '200 404 403 403 403',
    SUB,
    SUB,
    '200 404 200 404 404',
  ),
  'PUT /api/units/:unitId/public-stats': row(API_ANON, NO, sub(422), NO, NO, NO, all(422)),
  // the registry takes CSV: the probe's JSON is refused as such (415) once the role may import
  'POST /api/units/:unitId/registry': row(API_ANON, NO, NO, NO, NO, sub(415), all(415)),
  'GET /api/units/:unitId/services': row(API_ANON, SUB, SUB, SUB, SUB, SUB, ALL),
  'POST /api/units/:unitId/services': row(API_ANON, NO, sub(422), NO, NO, NO, all(422)),
  'PATCH /api/units/:unitId/services/:serviceId': row(API_ANON, NO, sub(422), NO, NO, NO, all(422)),
  'DELETE /api/units/:unitId/services/:serviceId': row(
    API_ANON,
    NO,
    sub(404),
    NO,
    NO,
    NO,
    all(404),
  ),
  'POST /api/units/:unitId/services/:serviceId/pause': row(
    API_ANON,
    NO,
    sub(422),
    NO,
    NO,
    NO,
    all(422),
  ),
  'POST /api/units/:unitId/services/template': row(API_ANON, NO, sub(422), NO, NO, NO, all(422)),
  // templates: read with the unit; defined only at a regency, city or kecamatan (here the parent
  // of Telaga Asih), by its admins; adopted and returned to by the admins of the units below
  'GET /api/units/:unitId/service-templates': row(API_ANON, SUB, SUB, SUB, SUB, SUB, ALL),
  'POST /api/units/:unitId/service-templates': row(API_ANON, NO, NO, NO, NO, NO, '403 403 422 403 403'),
  'PATCH /api/units/:unitId/service-templates/:templateId': row(API_ANON, NO, sub(422), NO, NO, NO, all(422)),
  'DELETE /api/units/:unitId/service-templates/:templateId': row(API_ANON, NO, sub(404), NO, NO, NO, all(404)),
  'POST /api/units/:unitId/services/adopt': row(API_ANON, NO, sub(422), NO, NO, NO, all(422)),
  'DELETE /api/units/:unitId/services/:serviceId/overrides/:field': row(API_ANON, NO, sub(404), NO, NO, NO, all(404)),
  // the satisfaction index: read as statistics are; the probe names no range (422 where allowed)
  'GET /api/units/:unitId/skm': row(API_ANON, sub(422), sub(422), NO, sub(422), NO, all(422)),
  'GET /api/units/:unitId/skm/export.csv': row(API_ANON, sub(422), sub(422), NO, sub(422), NO, all(422)),
  'GET /api/units/:unitId/skm/export.xlsx': row(API_ANON, sub(422), sub(422), NO, sub(422), NO, all(422)),
  // the desk calls numbers (read-only roles refused); the day's queue is exported as statistics are, the probe names no day
  'POST /api/units/:unitId/queue/next': row(API_ANON, NO, sub(422), sub(422), NO, NO, all(422)),
  'POST /api/units/:unitId/queue/tickets/:ticketId': row(API_ANON, NO, sub(422), sub(422), NO, NO, all(422)),
  'GET /api/units/:unitId/queue/export.csv': row(API_ANON, sub(422), sub(422), NO, sub(422), NO, all(422)),
  'GET /api/units/:unitId/queue/export.xlsx': row(API_ANON, sub(422), sub(422), NO, sub(422), NO, all(422)),
  'GET /api/units/:unitId/stats/chart.png': row(API_ANON, SUB, SUB, NO, SUB, NO, ALL),
  'GET /api/units/:unitId/stats/export.csv': row(API_ANON, SUB, SUB, NO, SUB, NO, ALL),
  'GET /api/units/:unitId/stats/export-excel.csv': row(API_ANON, SUB, SUB, NO, SUB, NO, ALL),
  'GET /api/units/:unitId/stats/export.xlsx': row(API_ANON, SUB, SUB, NO, SUB, NO, ALL),
  // the search answers within the asker's subtrees (its own test checks what it finds)
  'GET /api/units/search': row(
    once(401),
    once(200),
    once(200),
    once(200),
    once(200),
    once(200),
    once(200),
  ),
  // next-auth: the session is readable by all; a sign-in without its CSRF token is sent back to sign in
  'GET /api/auth/:nextauth*': row(
    once(200),
    once(200),
    once(200),
    once(200),
    once(200),
    once(200),
    once(200),
  ),
  'POST /api/auth/:nextauth*': row(
    once(302),
    once(302),
    once(302),
    once(302),
    once(302),
    once(302),
    once(302),
  ),
  // the door and the scanner API know no session: the same for everyone, whatever the unit
  'GET /c': row(once(200), once(200), once(200), once(200), once(200), once(200), once(200)),
  'GET /c/:token': row(ALL, ALL, ALL, ALL, ALL, ALL, ALL),
  // an unknown receipt is not found (no event, nothing to read)
  'GET /c/:token/hasil/:eventId': row(all(404), all(404), all(404), all(404), all(404), all(404), all(404)),
  // the queue number's poll: an unknown receipt is not found
  'GET /c/:token/antrean/:eventId': row(all(404), all(404), all(404), all(404), all(404), all(404), all(404)),
  // the survey: an unknown receipt is not found; an answer without a receipt is refused; thanks for all
  'GET /c/:token/skm/:eventId': row(all(404), all(404), all(404), all(404), all(404), all(404), all(404)),
  'POST /c/:token/skm': row(all(403), all(403), all(403), all(403), all(403), all(403), all(403)),
  'GET /c/:token/skm/terima-kasih': row(ALL, ALL, ALL, ALL, ALL, ALL, ALL),
  // a queue display knows no session: a token that names no display is not found, for everyone
  'GET /layar/:displayToken': row(once(404), once(404), once(404), once(404), once(404), once(404), once(404)),
  'GET /layar/:displayToken/data': row(once(404), once(404), once(404), once(404), once(404), once(404), once(404)),
  'GET /layar/:displayToken/stream': row(once(404), once(404), once(404), once(404), once(404), once(404), once(404)),
  // no identity: the form again, with what to fix
  'POST /c/:token/masuk': row(all(422), all(422), all(422), all(422), all(422), all(422), all(422)),
  'POST /c/:token/keluar': row(
    all(403),
    all(403),
    all(403),
    all(403),
    all(403),
    all(403),
    all(403),
  ), // no Origin: refused
  'POST /api/v1/checkins': row(
    once(401),
    once(401),
    once(401),
    once(401),
    once(401),
    once(401),
    once(401),
  ), // no API key
};

const UNKNOWN_ID = '2147483647';

test('authorisation matrix: every route × who asks × which unit', async () => {
  test.setTimeout(10 * 60_000);
  const routes = allRoutes();
  // A new route must be added above, by hand.
  expect(
    routes.map(routeKey).filter((k) => !expected[k]),
    'routes missing from the matrix',
  ).toEqual([]);
  expect(
    Object.keys(expected).filter((k) => !routes.some((r) => routeKey(r) === k)),
    'matrix rows for routes that are gone',
  ).toEqual([]);

  const signedIn = await signInAll();
  const clients = {} as Record<Who, Client>;
  for (const who of Object.keys(cast) as Who[]) {
    clients[who] = cast[who].email
      ? signedIn.find((i) => i.name === cast[who].email)!.client
      : new Client(origin, 'anonim');
  }
  const codes = [...new Set(Object.values(cast).flatMap((c) => c.units))].filter(
    (c) => c !== 'AGENCY',
  );
  const ids: Record<string, number> = await unitIds(clients.superadmin, codes);
  // Telaga Asih's child: an agency its admin registers; every unit gets a poster for the door and the print.
  const agency = created<{ unit: { id: number } }>(
    await clients.admin.send(`/api/units/${ids[TELAGA_ASIH]}/children`, {
      method: 'POST',
      headers: jsonChange,
      body: JSON.stringify({ kind: 'agency', name: 'Puskesmas Uji' }),
    }),
    'agency',
  );
  ids.AGENCY = agency.unit.id;
  const tokens: Record<string, string> = {};
  for (const code of Object.keys(ids)) {
    const { poster } = created<{ poster: { token: string } }>(
      await clients.superadmin.send(`/api/units/${ids[code]}/posters`, {
        method: 'POST',
        headers: jsonChange,
        body: JSON.stringify({ label: 'Pintu' }),
      }),
      `poster of ${code}`,
    );
    tokens[code] = poster.token;
  }

  // Public statistics: on for Kota Bekasi's tree, off elsewhere (said explicitly: the app caches the switch).
  for (const code of Object.keys(ids)) {
    const enabled = code.startsWith('32.75');
    const answer = await clients.superadmin.send(`/api/units/${ids[code]}/public-stats`, {
      method: 'PUT',
      headers: jsonChange,
      body: JSON.stringify({ enabled }),
    });
    expect(answer.status, `public statistics of ${code}`).toBe(200);
  }

  const probes: (() => Promise<void>)[] = [];
  const mismatches: string[] = [];
  for (const route of routes) {
    const key = routeKey(route);
    const scoped = route.params.includes('unitId') || route.params.includes('token');
    for (const who of Object.keys(cast) as Who[]) {
      const want = expected[key]![who].split(' ');
      expect(
        want.filter((w) => w === '-').length,
        `${key} as ${who}: a status for each relation, or for the first only`,
      ).toBe(scoped ? 0 : 4);
      for (const [r, relation] of relations.entries()) {
        if (want[r] === '-') continue;
        const code = cast[who].units[r]!;
        const values: Record<string, string> = {
          unitId: String(ids[code]),
          token: tokens[code]!,
          nextauth: route.method === 'GET' ? 'session' : 'callback/credentials',
          file: 'poster.png',
        };
        const path = route.path.replace(/:(\w+)\*?/g, (_, p: string) => values[p] ?? UNKNOWN_ID);
        const query = route.path === '/api/units/search' ? `?q=${encodeURIComponent(code)}` : '';
        const write = route.method !== 'GET';
        // The keluar probe comes from elsewhere (no Origin); every other write from our own pages.
        const headers: Record<string, string> =
          write && !path.endsWith('/keluar') ? { origin } : {};
        let body: string | undefined;
        if (write && route.path.startsWith('/c/')) {
          headers['content-type'] = 'application/x-www-form-urlencoded';
          body = 'identitas=';
        } else if (write && route.path.startsWith('/api/auth')) {
          headers['content-type'] = 'application/x-www-form-urlencoded';
          body = 'email=x%40pindai.id&password=x';
        } else if (write) {
          headers['content-type'] = 'application/json';
          body = '{}';
        }
        probes.push(async () => {
          const answer = await clients[who].send(`${path}${query}`, {
            method: route.method,
            headers,
            body,
          });
          if (String(answer.status) !== want[r]) {
            mismatches.push(
              `${key} as ${who} on ${scoped ? `${relation} (${code})` : 'no unit'}: expected ${want[r]}, got ${answer.status} ${answer.body.slice(0, 100)}`,
            );
          }
        });
      }
    }
  }
  // Reads and refusals do not depend on each other: a few at a time.
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let probe = probes.shift(); probe; probe = probes.shift()) await probe();
    }),
  );
  expect(mismatches, mismatches.sort().join('\n')).toEqual([]);
});
