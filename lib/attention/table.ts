import { z } from 'zod';
import { type AttentionRow, byNeed } from './rows';

/**
 * The dashboard's child-unit table, sorted and paged through the URL, in the browser: its rows
 * follow the live stream, so the order does too. No database here.
 */

export const childSorts = [
  'attention',
  'name',
  'today',
  'checkins',
  'admittedShare',
  'activePosters',
  'lastCheckinAt',
] as const;
export type ChildSort = (typeof childSorts)[number];

export const childTableParams = z.object({
  sort: z.enum(childSorts).catch('attention'),
  dir: z.enum(['asc', 'desc']).catch('desc'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ChildTableParams = z.infer<typeof childTableParams>;

export const PAGE_SIZE = 20;

/** A row with the chosen range's figures beside it. */
export type ChildTableRow = AttentionRow & {
  checkins: number;
  admitted: number;
  admittedShare: number | null;
};

type RangeFigures = Record<number, { checkins: number; admitted: number }>;

/**
 * Joins the range's figures, as the page was rendered, to the live rows. A range that ends on
 * the live day takes today's newer check-ins in place of those it was rendered with.
 */
export function withRange(
  live: { day: string; rows: AttentionRow[] },
  rendered: { day: string; rows: AttentionRow[] },
  range: { last: string; figures: RangeFigures },
): ChildTableRow[] {
  const then = new Map(rendered.rows.map((r) => [r.id, r]));
  const follows = range.last === live.day && rendered.day === live.day;
  return live.rows.map((r) => {
    const base = range.figures[r.id] ?? { checkins: 0, admitted: 0 };
    const old = then.get(r.id);
    const checkins = follows ? base.checkins - (old?.today ?? 0) + r.today : base.checkins;
    const admitted = follows
      ? base.admitted - (old?.todayAdmitted ?? 0) + r.todayAdmitted
      : base.admitted;
    return { ...r, checkins, admitted, admittedShare: checkins ? admitted / checkins : null };
  });
}

function value(r: ChildTableRow, sort: Exclude<ChildSort, 'attention'>): string | number | null {
  if (sort === 'lastCheckinAt') return r.lastCheckinAt;
  if (sort === 'today') return r.today;
  return r[sort];
}

/** One page of the table, sorted; units without a value sort last whichever the direction. */
export function childPage(rows: ChildTableRow[], { sort, dir, page }: ChildTableParams) {
  const sorted = [...rows].sort((a, b) => {
    if (sort === 'attention') return dir === 'desc' ? byNeed(a, b) : byNeed(b, a);
    const [x, y] = [value(a, sort), value(b, sort)];
    if (x === null || y === null)
      return x === y ? a.name.localeCompare(b.name, 'id') : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'id') : x - Number(y);
    return (dir === 'asc' ? order : -order) || a.name.localeCompare(b.name, 'id');
  });
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  return {
    rows: sorted.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE),
    page: current,
    pages,
    total: rows.length,
  };
}
