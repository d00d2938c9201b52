/**
 * Every page and route the app serves, read from the app/ tree and the fast path's list, so a
 * new route is fuzzed and must appear in the authorisation matrix without anyone remembering to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fastPathRoutes } from '@/lib/door/routes';

export const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type Method = (typeof methods)[number];

export type Route = {
  kind: 'page' | 'route';
  method: Method;
  /** Express-style: `/u/:unitId/stats`; a catch-all segment is `:name*`. */
  path: string;
  params: string[];
  /** The file it came from, relative to the project (the fast path's list for its own routes). */
  file: string;
};

/** `[x]` → `:x`, `[...x]` → `:x*`; route groups `(x)` and private folders `_x` leave no trace in the URL. */
function segment(name: string): string | null {
  if (/^\(.*\)$/.test(name)) return null;
  const catchAll = /^\[\[?\.\.\.(\w+)\]\]?$/.exec(name);
  if (catchAll) return `:${catchAll[1]}*`;
  const dynamic = /^\[(\w+)\]$/.exec(name);
  return dynamic ? `:${dynamic[1]}` : name;
}

/** The HTTP methods a route.ts exports, as functions, constants or `export { x as GET }`. */
export function exportedMethods(source: string): Method[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g))
    found.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(','))
      found.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      );
  }
  return methods.filter((m) => found.has(m));
}

export function appRoutes(root = process.cwd()): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string, url: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith('_')) continue;
        const part = segment(entry.name);
        walk(full, part === null ? url : [...url, part]);
        continue;
      }
      const urlPath = `/${url.join('/')}`;
      const params = url.filter((s) => s.startsWith(':')).map((s) => s.slice(1).replace(/\*$/, ''));
      const file = path.relative(root, full);
      if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name))
        routes.push({ kind: 'page', method: 'GET', path: urlPath, params, file });
      if (/^route\.(ts|js)$/.test(entry.name)) {
        for (const method of exportedMethods(readFileSync(full, 'utf8')))
          routes.push({ kind: 'route', method, path: urlPath, params, file });
      }
    }
  };
  walk(path.join(root, 'app'), []);
  return routes;
}

/** The app tree's routes and the fast path's, each method once, in a stable order. */
export function allRoutes(root = process.cwd()): Route[] {
  const routes = appRoutes(root);
  for (const r of fastPathRoutes) {
    if (routes.some((x) => x.method === r.method && x.path === r.path)) continue;
    const params = r.path
      .split('/')
      .filter((s) => s.startsWith(':'))
      .map((s) => s.slice(1));
    routes.push({
      kind: r.method === 'GET' ? 'page' : 'route',
      method: r.method,
      path: r.path,
      params,
      file: 'lib/door/routes.ts',
    });
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

export const routeKey = (r: Pick<Route, 'method' | 'path'>) => `${r.method} ${r.path}`;
