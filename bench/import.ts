/**
 * `npm run bench:import`: imports all of Indonesia from idn-area-data into a fresh database on
 * the real server, imports it again (must add nothing), then times subtree queries for a
 * province and a regency and the unit switcher's search over the whole tree.
 * Writes bench/results/import.json (../shared/BENCH.md).
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '@/lib/db/client';
import type { Actor } from '@/lib/auth/permissions';
import { importAreas, loadAreas } from '@/lib/tenancy/import';
import { searchUnits } from '@/lib/tenancy/search';
import { getUnitByCode } from '@/lib/tenancy/units';
import { createServerDatabase } from '../tests/support/databases';
import { percentile, timeRuns, writeResult } from './report';

const RUNS = 50;

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

async function percentiles(run: () => Promise<unknown>) {
  const ms = await timeRuns(run, RUNS);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

const database = await createServerDatabase('pindai_bench');
try {
  const { db } = database;
  const [levels, loadMs] = await timed(() => loadAreas());
  const [first, importMs] = await timed(() => importAreas(db, levels));
  const [again, reimportMs] = await timed(() => importAreas(db, levels));
  if (again.inserted !== 0 || again.renamed !== 0)
    throw new Error('the second import changed the tree');
  const counts = await queryRows<{ kind: string; n: number }>(
    db,
    sql`SELECT kind, count(*)::int AS n FROM units GROUP BY kind ORDER BY kind`,
  );
  console.table(counts);

  const metrics: Record<string, number> = {
    units: first.inserted,
    'import.load_s': loadMs / 1000,
    'import.insert_s': importMs / 1000,
    'import.total_s': (loadMs + importMs) / 1000,
    'reimport.s': reimportMs / 1000,
  };
  const superadmin: Actor = {
    id: 0,
    email: 'bench',
    name: 'bench',
    isSuperadmin: true,
    memberships: [],
  };
  for (const [scope, code] of [
    ['province', '32'],
    ['regency', '32.16'],
  ] as const) {
    const unit = await getUnitByCode(db, code);
    const count = () =>
      queryRows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM units WHERE path LIKE ${`${unit.path}%`}`,
      );
    const page = () =>
      queryRows(
        db,
        sql`SELECT id, name FROM units WHERE path LIKE ${`${unit.path}%`} ORDER BY path LIMIT 50`,
      );
    metrics[`${scope}.units`] = (await count())[0]!.n;
    for (const [name, run] of [
      ['count', count],
      ['page', page],
    ] as const) {
      const p = await percentiles(run);
      metrics[`${scope}.subtree_${name}.p50_ms`] = p.p50;
      metrics[`${scope}.subtree_${name}.p95_ms`] = p.p95;
    }
  }
  for (const [name, q] of [
    ['name', 'telaga'],
    ['code', '32.16.08'],
  ] as const) {
    const p = await percentiles(() => searchUnits({ db, actor: superadmin }, q));
    metrics[`search_${name}.p50_ms`] = p.p50;
    metrics[`search_${name}.p95_ms`] = p.p95;
  }
  console.table(
    Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, Math.round(v * 100) / 100])),
  );
  writeResult('import', { runs_per_query: RUNS }, metrics);
} finally {
  await database.drop();
}
