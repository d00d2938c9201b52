import { describe, expect, it } from 'vitest';
import { type AttentionRow, byNeed } from '@/lib/attention/rows';
import { attentionScore, farBelowUsual, median, refusesMore } from '@/lib/attention/rules';
import { childPage, withRange } from '@/lib/attention/table';

const row = (id: number, name: string, over: Partial<AttentionRow> = {}): AttentionRow => ({
  id,
  name,
  kind: 'village',
  code: null,
  today: 0,
  todayAdmitted: 0,
  lastWeek: 0,
  spark: [],
  week: 0,
  activePosters: 1,
  lastCheckinAt: null,
  flags: [],
  score: 0,
  ...over,
});

describe('the attention rules', () => {
  it('call a share high only with enough check-ins on both sides', () => {
    expect(refusesMore({ n: 4, refused: 4 }, { n: 100, refused: 0 })).toBe(false);
    expect(refusesMore({ n: 5, refused: 2 }, { n: 100, refused: 20 })).toBe(true);
    expect(refusesMore({ n: 5, refused: 1 }, { n: 100, refused: 20 })).toBe(false);
    expect(refusesMore({ n: 10, refused: 10 }, { n: 4, refused: 0 })).toBe(false);
  });

  it('take the usual as the median of previous weeks, so one holiday does not make it', () => {
    expect(median([12, 0, 12, 12])).toBe(12);
    expect(median([])).toBe(0);
    expect(farBelowUsual(6, 12)).toBe(true);
    expect(farBelowUsual(7, 12)).toBe(false);
    expect(farBelowUsual(0, 9)).toBe(false);
  });

  it('rank the heaviest flags first, then the biggest drop, then by name', () => {
    const rows = [
      row(1, 'Bojong', { lastWeek: 9 }),
      row(2, 'Abadi'),
      row(3, 'Cempaka', {
        flags: [{ kind: 'noPoster' }],
        score: attentionScore([{ kind: 'noPoster' }]),
      }),
    ];
    expect(rows.sort(byNeed).map((r) => r.id)).toEqual([3, 1, 2]);
  });
});

describe('the child table', () => {
  it('follows today live in a range that ends today, and keeps an older range as rendered', () => {
    const rendered = { day: '2026-11-23', rows: [row(1, 'A', { today: 2, todayAdmitted: 2 })] };
    const live = { day: '2026-11-23', rows: [row(1, 'A', { today: 5, todayAdmitted: 3 })] };
    const figures = { 1: { checkins: 10, admitted: 8 } };
    expect(withRange(live, rendered, { last: '2026-11-23', figures })[0]).toMatchObject({
      checkins: 13,
      admitted: 9,
      admittedShare: 9 / 13,
    });
    expect(withRange(live, rendered, { last: '2026-11-20', figures })[0]).toMatchObject({
      checkins: 10,
      admitted: 8,
    });
  });

  it('sorts and pages, units without a value last', () => {
    const rows = withRange(
      {
        day: 'd',
        rows: [
          row(1, 'B', { lastCheckinAt: '2026-11-20T01:00:00.000Z' }),
          row(2, 'A'),
          row(3, 'C', { lastCheckinAt: '2026-11-23T01:00:00.000Z' }),
        ],
      },
      { day: 'd', rows: [] },
      { last: 'x', figures: {} },
    );
    expect(
      childPage(rows, { sort: 'lastCheckinAt', dir: 'desc', page: 1 }).rows.map((r) => r.name),
    ).toEqual(['C', 'B', 'A']);
    expect(
      childPage(rows, { sort: 'lastCheckinAt', dir: 'asc', page: 1 }).rows.map((r) => r.name),
    ).toEqual(['B', 'C', 'A']);
    expect(childPage(rows, { sort: 'name', dir: 'asc', page: 9 })).toMatchObject({
      page: 1,
      pages: 1,
      total: 3,
    });
  });
});
