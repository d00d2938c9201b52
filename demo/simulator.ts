import { randomUUID } from 'node:crypto';
import type { OpeningHours } from '@/lib/db/schema';
import { formatDateTime } from '@/lib/i18n/format';
import { isOpenAt, nextOpening } from '@/lib/services/hours';
import { timeZoneAbbreviation, type UnitTimeZone } from '@/lib/tenancy/time-zones';
import { demoCrowd } from './crowd';

/**
 * A poster the simulator scans at, with its unit's scanner key (kept in memory only) and when
 * people come: the service's hours, or at an entrance any of its unit's services' (doorHours).
 */
export type SimTarget = { key: string; token: string; entrance: boolean; weight: number; timeZone: string; hours: OpeningHours[] };

export function isTargetOpen(target: SimTarget, at: Date): boolean {
  return target.hours.some((h) => isOpenAt(h, target.timeZone, at));
}

/** When the first closed poster opens again (null: none ever opens). */
export function nextTargetOpening(targets: SimTarget[], at: Date): Date | null {
  const next = targets.flatMap((t) => t.hours.flatMap((h) => nextOpening(h, t.timeZone, at) ?? []));
  return next.length > 0 ? new Date(Math.min(...next.map((d) => d.getTime()))) : null;
}

export type SimOptions = {
  /** Scan around the clock, opening hours or not (--anytime). */
  anytime?: boolean;
  /** The moment that decides opening hours (tests set it). */
  clock?: () => Date;
  maxInFlight?: number;
};

export type SimStats = {
  sent: number;
  /** By outcome: hijau, kuning, merah, hitam (admitted or not), or the error code / HTTP status. */
  outcomes: Record<string, number>;
  byKind: { in: number; out: number };
  skipped: number;
  /** Arrivals at a poster outside its hours: nobody comes, nothing is sent. */
  closed: number;
};

/** The registry's crowd (400), plus a few walk-ins the health office has no record of: 'tidak_tercatat'. */
export const simulatorIdentities = demoCrowd(412).map((v) => v.nik);

/** One check-in through the public API (POST /api/v1/checkins), as a scanner app sends it. */
export function checkinRequest(origin: string, target: SimTarget, identity: string, kind: 'in' | 'out'): [string, RequestInit] {
  return [
    `${origin}/api/v1/checkins`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${target.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ idempotency_key: randomUUID(), identity, kind, poster: target.token }),
    },
  ];
}

type Visit = { target: SimTarget; identity: string; leaveAt: number };

/**
 * Posts check-ins at about `rate` per second (Poisson arrivals, busier posters more often); an
 * arrival at a poster outside its hours is dropped unless `anytime`, so the traffic follows the
 * offices: a morning peak of all of them, a quiet Sunday evening. An admitted visitor at an
 * entrance checks out one to five minutes later. `stop()` waits for the requests in flight and
 * returns what was sent.
 */
export function startSimulator(origin: string, targets: SimTarget[], rate: number, options: SimOptions = {}) {
  if (targets.length === 0) throw new Error('No posters to scan: seed the demo first.');
  const { anytime = false, clock = () => new Date(), maxInFlight = 200 } = options;
  const total = targets.reduce((s, t) => s + t.weight, 0);
  const stats: SimStats = { sent: 0, outcomes: {}, byKind: { in: 0, out: 0 }, skipped: 0, closed: 0 };
  const inside: Visit[] = [];
  const inFlight = new Set<Promise<void>>();
  // Hours change at whole minutes: each poster is decided once a minute, not once per arrival.
  const decided = new Map<SimTarget, { minute: number; open: boolean }>();
  const isOpen = (target: SimTarget) => {
    const at = clock();
    const minute = Math.floor(at.getTime() / 60_000);
    const known = decided.get(target);
    if (known?.minute === minute) return known.open;
    const open = isTargetOpen(target, at);
    decided.set(target, { minute, open });
    return open;
  };
  const pick = () => {
    let r = Math.random() * total;
    for (const t of targets) if ((r -= t.weight) <= 0) return t;
    return targets[targets.length - 1]!;
  };

  function send(target: SimTarget, identity: string, kind: 'in' | 'out') {
    if (inFlight.size >= maxInFlight) {
      stats.skipped++; // the app is slower than the rate asked: do not pile requests up
      return;
    }
    stats.sent++;
    stats.byKind[kind]++;
    const done = fetch(...checkinRequest(origin, target, identity, kind))
      .then(async (res) => {
        const body = (await res.json().catch(() => null)) as { status?: string; admitted?: boolean; error?: { code?: string } } | null;
        const outcome = res.ok && body?.status ? `${body.status}${body.admitted ? '' : ' (ditolak)'}` : (body?.error?.code ?? `http ${res.status}`);
        stats.outcomes[outcome] = (stats.outcomes[outcome] ?? 0) + 1;
        if (res.ok && kind === 'in' && target.entrance && body?.admitted && inside.length < 5000) {
          inside.push({ target, identity, leaveAt: Date.now() + 60_000 + Math.random() * 240_000 });
        }
      })
      .catch(() => {
        stats.outcomes['tidak terhubung'] = (stats.outcomes['tidak terhubung'] ?? 0) + 1;
      })
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  }

  let carry = 0;
  let last = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    // Exponential gaps make a Poisson stream: count the arrivals that fall in this tick.
    carry -= now - last;
    last = now;
    while (carry < 0) {
      const target = pick();
      if (anytime || isOpen(target)) {
        send(target, simulatorIdentities[Math.floor(Math.random() * simulatorIdentities.length)]!, 'in');
      } else {
        stats.closed++;
      }
      carry += (-Math.log(1 - Math.random()) / rate) * 1000;
    }
    for (let i = inside.length - 1; i >= 0; i--) {
      if (inside[i]!.leaveAt > now) continue;
      const [visit] = inside.splice(i, 1);
      send(visit!.target, visit!.identity, 'out');
    }
  }, 50);

  return {
    stats,
    async stop(): Promise<SimStats> {
      clearInterval(timer);
      await Promise.all([...inFlight]);
      return stats;
    },
  };
}

/** Whether the simulator is quiet now and until when, for the console. */
export function describeHours(targets: SimTarget[], anytime: boolean, at = new Date()): string {
  if (anytime) return 'Scanning around the clock (--anytime), opening hours or not.';
  const open = targets.filter((t) => isTargetOpen(t, at)).length;
  const next = open === 0 ? nextTargetOpening(targets, at) : null;
  const zone = targets[0]?.timeZone ?? 'Asia/Jakarta';
  const until = next ? `, quiet until ${formatDateTime(next, zone, 'en')} ${timeZoneAbbreviation[zone as UnitTimeZone] ?? zone}` : '';
  return `Scanning only within opening hours: ${open} of ${targets.length} posters open now${until}. --anytime scans around the clock.`;
}

/** What was sent, as a table for the console. */
export function describeStats(stats: SimStats) {
  return Object.entries(stats.outcomes)
    .sort((a, b) => b[1] - a[1])
    .map(([outcome, n]) => ({ hasil: outcome, jumlah: n }));
}
