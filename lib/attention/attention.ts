import type { ReadCtx } from '@/lib/context';
import { isNationalDayOff } from '@/lib/time/holidays';
import { addDays, localClock, startOfLocalDay } from '@/lib/time/local';
import { type Activity, type Moment, readActivity } from './activity';
import {
  type Alerts,
  type Attention,
  type AttentionRow,
  byNeed,
  MAX_LISTED,
  type UnitRef,
} from './rows';
import {
  attentionScore,
  byWeight,
  farBelowUsual,
  type Flag,
  median,
  REFUSAL_DAYS,
  refusesMore,
  share,
  SPARK_DAYS,
  type Tally,
  USUAL_WEEKS,
} from './rules';

/**
 * What needs attention below a unit on a day (lib/attention/rules.ts): each child's flags,
 * ranked by need, and the unit's "Perlu perhatian" list. `at` is now for the dashboard and the
 * end of yesterday for the morning digest.
 */
export async function attention(ctx: ReadCtx, at: Moment): Promise<Attention> {
  return judge(await readActivity(ctx, at), ctx.unit, at);
}

/** One unit's (or the whole subtree's) check-ins over the sparkline's days, summed as the rules need them. */
class Days {
  readonly spark: number[] = Array<number>(SPARK_DAYS).fill(0);
  /** The judged day alone. */
  readonly today: Tally = { n: 0, refused: 0 };
  /** The REFUSAL_DAYS up to the judged day: compared with the peers'. */
  readonly recent: Tally = { n: 0, refused: 0 };
  /** The seven days before the judged day: a jump in refusals is against these. */
  readonly before: Tally = { n: 0, refused: 0 };
  week = 0;

  constructor(
    private readonly bounds: { first: string; day: string; recent: string; weekStart: string },
  ) {}

  add(day: string, admitted: boolean, n: number) {
    const { first, recent, weekStart } = this.bounds;
    const tally = (t: Tally) => {
      t.n += n;
      if (!admitted) t.refused += n;
    };
    const i = Math.round((Date.parse(day) - Date.parse(first)) / 86_400_000);
    this.spark[i] = (this.spark[i] ?? 0) + n;
    if (day === this.bounds.day) tally(this.today);
    else if (day >= addDays(this.bounds.day, -7)) tally(this.before);
    if (day >= recent) tally(this.recent);
    if (day >= weekStart) this.week += n;
  }
}

function judge(a: Activity, unit: ReadCtx['unit'], at: Moment): Attention {
  const midnight = startOfLocalDay(at.day, unit.timeZone);
  const bounds = {
    first: addDays(at.day, 1 - SPARK_DAYS),
    day: at.day,
    recent: addDays(at.day, 1 - REFUSAL_DAYS),
    weekStart: addDays(at.day, 1 - localClock(midnight, unit.timeZone).weekday),
  };
  // Whole hours of the day judged so far: the usual is compared up to there (24: the whole day).
  const hoursPassed = Math.floor((at.until.getTime() - midnight.getTime()) / 3_600_000);

  const byChild = new Map(a.children.map((c) => [c.id, new Days(bounds)]));
  const subtree = new Days(bounds); // the children's and the unit's own check-ins
  for (const d of a.days) {
    byChild.get(d.child)?.add(d.day, d.admitted, d.n);
    subtree.add(d.day, d.admitted, d.n);
  }
  for (const d of a.ownDays) subtree.add(d.day, d.admitted, d.n);
  const childrenRecent = { n: 0, refused: 0 };
  for (const days of byChild.values()) {
    childrenRecent.n += days.recent.n;
    childrenRecent.refused += days.recent.refused;
  }
  const weeks = weekSums(a.weeks);
  // On a national holiday or cuti bersama the offices are closed: none is silent or below its usual.
  const holiday = isNationalDayOff(at.day);
  const openedToday = holiday ? [] : a.opened;

  const rows = a.children.map((c): AttentionRow => {
    const days = byChild.get(c.id)!;
    const week = weeks.get(c.id) ?? { all: [], complete: [] };
    const opened = openedToday.filter((o) => o.child === c.id);
    const activePosters = a.posters.get(c.id) ?? 0;
    const flags: Flag[] = [];
    if (activePosters === 0) flags.push({ kind: 'noPoster' });
    if (opened.length && days.today.n === 0) {
      flags.push({ kind: 'silent', opensAt: opened.map((o) => o.opensAt).sort()[0]! });
    } else {
      const silent = opened.filter((o) => !o.active).length;
      if (silent) flags.push({ kind: 'silentBelow', units: silent, of: opened.length });
      const sofar = week.complete[0] ?? 0;
      const usual = median(week.complete.slice(1));
      if (!holiday && hoursPassed > 0 && farBelowUsual(sofar, usual)) {
        flags.push({ kind: 'belowUsual', checkins: sofar, usual, hour: hoursPassed });
      }
    }
    const peers = {
      n: childrenRecent.n - days.recent.n,
      refused: childrenRecent.refused - days.recent.refused,
    };
    if (refusesMore(days.recent, peers))
      flags.push({ kind: 'refusing', share: share(days.recent), peers: share(peers) });
    byWeight(flags);
    return {
      ...c,
      today: days.today.n,
      todayAdmitted: days.today.n - days.today.refused,
      lastWeek: week.all[1] ?? 0,
      spark: days.spark,
      week: days.week,
      activePosters,
      lastCheckinAt: a.lastAt.get(c.id)?.toISOString() ?? null,
      flags,
      score: attentionScore(flags),
    };
  });
  rows.sort(byNeed);

  const jumps = [
    { unit, days: subtree },
    ...a.children.map((c) => ({ unit: c, days: byChild.get(c.id)! })),
  ];
  return { day: at.day, holiday, rows, alerts: alerts(openedToday, a.closedScans, jumps) };
}

/** Per child, the check-ins of this week (index 0) and each previous one: all up to the moment, and in whole hours before it. */
function weekSums(weeks: Activity['weeks']) {
  const sums = new Map<number, { all: number[]; complete: number[] }>();
  for (const w of weeks) {
    let s = sums.get(w.child);
    if (!s)
      sums.set(
        w.child,
        (s = {
          all: Array<number>(USUAL_WEEKS + 1).fill(0),
          complete: Array<number>(USUAL_WEEKS + 1).fill(0),
        }),
      );
    s.all[w.k] = (s.all[w.k] ?? 0) + w.n;
    if (w.complete) s.complete[w.k] = (s.complete[w.k] ?? 0) + w.n;
  }
  return sums;
}

function alerts(
  opened: Activity['opened'],
  closedScans: Activity['closedScans'],
  candidates: { unit: UnitRef; days: Days }[],
): Alerts {
  const silent = opened
    .filter((o) => !o.active)
    .sort((x, y) => x.name.localeCompare(y.name, 'id'))
    .map(({ id, name, kind, opensAt }) => ({ id, name, kind, opensAt }));
  const refusalJumps = candidates
    .filter(({ days }) => refusesMore(days.today, days.before))
    .map(({ unit, days }) => ({
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      share: share(days.today),
      before: share(days.before),
    }));
  return {
    silent: silent.slice(0, MAX_LISTED),
    silentCount: silent.length,
    closedScans: closedScans.slice(0, MAX_LISTED),
    refusalJumps: refusalJumps.slice(0, MAX_LISTED),
  };
}
