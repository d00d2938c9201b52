import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { ReadCtx } from '@/lib/context';
import { type Db, queryRows } from '@/lib/db/client';
import { type UnitKind, units } from '@/lib/db/schema';
import { type Status, statuses } from '@/lib/services/vocabulary';
import { addDays } from '@/lib/time/local';
import { AREA_DEPTH, childFacts, subtreeFacts, unitRows } from './facts';
import type { StatusCounts } from './overview';
import type { DateRange } from './range';

export const groupings = ['day', 'week', 'month', 'service', 'child', 'status', 'category'] as const;
export type Grouping = (typeof groupings)[number];
export const timeGroupings: readonly Grouping[] = ['day', 'week', 'month'];

/**
 * One row of the statistics table. `key` is the bucket ('2026-11-23', '2026-11-16' for the
 * week starting that Monday, '2026-11'), the service id ('0' the entrance), the child unit id
 * ('self' the unit's own offices), the status or the category ('' the entrance).
 */
export type GroupRow = {
  key: string;
  /** Time buckets: the local days they cover, clipped to the range. */
  first?: string;
  last?: string;
  /** Service or unit name; the unit a service belongs to when that is not the chosen unit. */
  name?: string | null;
  unitName?: string | null;
  unitKind?: UnitKind;
  checkins: number;
  admitted: number;
  byStatus: StatusCounts;
};

export type Totals = { checkins: number; admitted: number; byStatus: StatusCounts };
export type GroupedStats = { grouping: Grouping; range: DateRange; rows: GroupRow[]; totals: Totals };

type Fact = { key: string; status: Status; admitted: boolean; n: number };

const noStatuses = (): StatusCounts => ({ hijau: 0, kuning: 0, merah: 0, hitam: 0, tidak_tercatat: 0 });
const emptyRow = (key: string, extra: Partial<GroupRow> = {}): GroupRow => ({ key, checkins: 0, admitted: 0, byStatus: noStatuses(), ...extra });

function add(row: { checkins: number; admitted: number; byStatus: StatusCounts }, f: Pick<Fact, 'status' | 'admitted' | 'n'>) {
  row.checkins += f.n;
  row.byStatus[f.status] += f.n;
  if (f.admitted) row.admitted += f.n;
}

/** Check-ins of the facts relation by key, status and decision: the one shape every grouping reads. */
function factsBy(db: Db, key: SQL, facts: SQL) {
  return queryRows<Fact>(
    db,
    sql`SELECT ${key} AS key, status, admitted, sum(n)::int AS n FROM (${facts}) f WHERE kind = 'in' GROUP BY 1, 2, 3`,
  );
}

/** Monday of the ISO week of a calendar day. */
export function weekStart(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  return addDays(date, 1 - weekday);
}

/** The range's time buckets, and the bucket of each of its days; loops count days, bounded by MAX_DAYS. */
function timeBuckets(range: DateRange, grouping: Grouping) {
  const bucketOf = (d: string) => (grouping === 'week' ? weekStart(d) : grouping === 'month' ? d.slice(0, 7) : d);
  const rows = new Map<string, GroupRow>();
  const byDay = new Map<string, GroupRow>();
  for (let i = 0; i < range.days; i++) {
    const d = addDays(range.first, i);
    const key = bucketOf(d);
    let row = rows.get(key);
    if (row) row.last = d;
    else rows.set(key, (row = emptyRow(key, { first: d, last: d })));
    byDay.set(d, row);
  }
  return { rows, byDay };
}

async function byTime(ctx: ReadCtx, range: DateRange, grouping: Grouping): Promise<GroupRow[]> {
  const { db, unit } = ctx;
  // Days are bucketed in SQL exactly as the dashboard's daily chart does; weeks and months are sums of days.
  const facts = await factsBy(db, sql`to_char(hour AT TIME ZONE ${unit.timeZone}, 'YYYY-MM-DD')`, subtreeFacts(unit, range.start, range.end));
  const { rows, byDay } = timeBuckets(range, grouping);
  for (const f of facts) {
    const row = byDay.get(f.key);
    if (row) add(row, f);
  }
  return [...rows.values()];
}

async function byStatus(ctx: ReadCtx, range: DateRange): Promise<GroupRow[]> {
  const { db, unit } = ctx;
  const rows = new Map(statuses.map((s) => [s as string, emptyRow(s)]));
  for (const f of await factsBy(db, sql`status::text`, subtreeFacts(unit, range.start, range.end))) add(rows.get(f.key)!, f);
  return [...rows.values()];
}

function byCount(rows: Iterable<GroupRow>): GroupRow[] {
  return [...rows].sort((a, b) => b.checkins - a.checkins || a.key.localeCompare(b.key));
}

function collect(facts: Fact[], init: (key: string) => GroupRow): GroupRow[] {
  const rows = new Map<string, GroupRow>();
  for (const f of facts) {
    let row = rows.get(f.key);
    if (!row) rows.set(f.key, (row = init(f.key)));
    add(row, f);
  }
  return byCount(rows.values());
}

async function byCategory(ctx: ReadCtx, range: DateRange): Promise<GroupRow[]> {
  const { db, unit } = ctx;
  const key =
    unit.depth <= AREA_DEPTH
      ? sql`grp`
      : sql`coalesce((SELECT s.category::text FROM services s WHERE s.id = nullif(f.grp, '0')::int), '')`;
  return collect(await factsBy(db, key, subtreeFacts(unit, range.start, range.end)), (k) => emptyRow(k));
}

/**
 * Every service of the subtree, from the units' own rollups even where the dashboard reads the
 * area's (those keep only categories); the entrances of all offices are one row.
 */
async function byService(ctx: ReadCtx, range: DateRange): Promise<GroupRow[]> {
  const { db, unit } = ctx;
  const facts = sql`SELECT hour, grp, status, kind, admitted, n FROM (${unitRows(unit, range.start, range.end)}) u`;
  const found = await factsBy(db, sql`grp`, facts);
  const ids = [...new Set(found.map((f) => Number(f.key)).filter((id) => id > 0))];
  const names = ids.length
    ? await queryRows<{ id: number; name: string; unit_id: number; unit_name: string }>(
        db,
        sql`SELECT s.id, s.name, s.unit_id, u.name AS unit_name FROM services s JOIN units u ON u.id = s.unit_id
            WHERE s.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`,
      )
    : [];
  const byId = new Map(names.map((n) => [String(n.id), n]));
  return collect(found, (key) => {
    const s = byId.get(key);
    return emptyRow(key, { name: s?.name ?? null, unitName: s && s.unit_id !== unit.id ? s.unit_name : null });
  });
}

async function byChild(ctx: ReadCtx, range: DateRange, totals: Totals): Promise<GroupRow[]> {
  const { db, unit } = ctx;
  const [kids, facts] = await Promise.all([
    db.select({ id: units.id, name: units.name, kind: units.kind }).from(units).where(eq(units.parentId, unit.id)).orderBy(asc(units.code), asc(units.name)),
    factsBy(db, sql`child::text`, childFacts(unit, range.start, range.end)),
  ]);
  const rows = new Map(kids.map((k) => [String(k.id), emptyRow(String(k.id), { name: k.name, unitKind: k.kind })]));
  for (const f of facts) {
    const row = rows.get(f.key);
    if (row) add(row, f);
  }
  // The unit's own offices (its door, its services) are what the children do not cover.
  const own = emptyRow('self', { name: unit.name, unitKind: unit.kind });
  own.checkins = totals.checkins;
  own.admitted = totals.admitted;
  own.byStatus = { ...totals.byStatus };
  for (const row of rows.values()) {
    own.checkins -= row.checkins;
    own.admitted -= row.admitted;
    for (const s of statuses) own.byStatus[s] -= row.byStatus[s];
  }
  const sorted = byCount(rows.values());
  return own.checkins > 0 ? [own, ...sorted] : sorted;
}

export async function totalsOf(ctx: ReadCtx, range: DateRange): Promise<Totals> {
  return sumOf(await byStatus(ctx, range));
}

function sumOf(rows: GroupRow[]): Totals {
  const totals = { checkins: 0, admitted: 0, byStatus: noStatuses() };
  for (const row of rows) {
    totals.checkins += row.checkins;
    totals.admitted += row.admitted;
    for (const s of statuses) totals.byStatus[s] += row.byStatus[s];
  }
  return totals;
}

const rowsBy: Record<Exclude<Grouping, 'child'>, (ctx: ReadCtx, range: DateRange, by: Grouping) => Promise<GroupRow[]>> = {
  day: byTime,
  week: byTime,
  month: byTime,
  status: byStatus,
  service: byService,
  category: byCategory,
};

/**
 * The statistics table of a unit's subtree over a range in one grouping, with its totals: the
 * sum of the rows, but for child units, which leave out the unit's own offices.
 */
export async function groupedStats(ctx: ReadCtx, range: DateRange, by: Grouping): Promise<GroupedStats> {
  if (by === 'child') {
    const totals = await totalsOf(ctx, range);
    return { grouping: by, range, rows: await byChild(ctx, range, totals), totals };
  }
  const rows = await rowsBy[by](ctx, range, by);
  return { grouping: by, range, rows, totals: sumOf(rows) };
}
