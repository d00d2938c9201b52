/**
 * Keeps the fuzz harness's picture of the app honest (e2e/security): every page and route is
 * found, and every query parameter a page reads and every body a route takes is listed, so a
 * new one is fuzzed too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodies, bodiless, queryParams, queryValues } from '../../e2e/security/inputs';
import { allRoutes, exportedMethods, routeKey } from '../../e2e/security/routes';

const routes = allRoutes();

describe('the fuzz harness covers every route', () => {
  it('finds pages, route handlers and their methods, and the fast path, with route groups gone from URLs', () => {
    const keys = routes.map(routeKey);
    expect(keys).toEqual(
      expect.arrayContaining([
        'GET /u/:unitId',
        'GET /u/:unitId/posters/print',
        'DELETE /api/units/:unitId/members/:membershipId',
        'POST /api/auth/:nextauth*',
        'GET /c/:token/hasil/:eventId',
        'POST /api/v1/checkins',
      ]),
    );
    expect(keys.filter((k) => /\(|\[/.test(k))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(
      exportedMethods(
        'export const GET = x;\nexport async function POST() {}\nexport { handler as PUT, other as DELETE };',
      ),
    ).toEqual(['GET', 'POST', 'PUT', 'DELETE']);
  });

  it('lists every query parameter each page and route reads', () => {
    const missing: string[] = [];
    for (const route of routes.filter((r) => r.file.startsWith('app/'))) {
      const source = readFileSync(route.file, 'utf8');
      if (!/searchParams/.test(source)) continue;
      const listed = queryParams[routeKey(route)];
      if (!listed) {
        missing.push(`${routeKey(route)}: reads searchParams but has no list`);
        continue;
      }
      const read = [
        ...[...source.matchAll(/searchParams\.get\('(\w+)'\)/g)].map((m) => m[1]!),
        ...[...source.matchAll(/const \{([^}]*)\} = await searchParams/g)].flatMap((m) =>
          m[1]!.split(',').map((p) => p.trim().split(/[\s=:]/)[0]!),
        ),
        ...[...source.matchAll(/searchParams: Promise<\{([^}]*)\}>/g)].flatMap((m) =>
          [...m[1]!.matchAll(/(\w+)\??:/g)].map((p) => p[1]!),
        ),
      ];
      for (const name of read)
        if (!listed.includes(name)) missing.push(`${routeKey(route)}: ?${name}`);
    }
    expect(missing).toEqual([]);
    for (const name of Object.values(queryParams).flat())
      expect(queryValues, `a valid value for ?${name}`).toHaveProperty(name);
  });

  it('has a sample body for every route that takes one', () => {
    const writes = routes.filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method)).map(routeKey);
    expect(writes.filter((k) => !bodies[k] && !bodiless.includes(k))).toEqual([]);
    expect(Object.keys(bodies).filter((k) => !writes.includes(k))).toEqual([]);
  });
});
