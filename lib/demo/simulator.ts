import { randomUUID } from 'node:crypto';
import { demoCrowd } from './crowd';

/** A poster the simulator scans at, with its unit's scanner key (kept in memory only). */
export type SimTarget = { key: string; token: string; entrance: boolean; weight: number };

export type SimStats = {
  sent: number;
  /** By outcome: hijau, kuning, merah, hitam (admitted or not), or the error code / HTTP status. */
  outcomes: Record<string, number>;
  byKind: { in: number; out: number };
  skipped: number;
};

/** The registry's crowd, plus some walk-ins the health office has no record of (merah). */
export const simulatorIdentities = demoCrowd(440).map((v) => v.nik);

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
 * admitted visitor at an entrance checks out one to five minutes later. `stop()` waits for the
 * requests in flight and returns what was sent.
 */
export function startSimulator(origin: string, targets: SimTarget[], rate: number, maxInFlight = 200) {
  if (targets.length === 0) throw new Error('No posters to scan: seed the demo first.');
  const total = targets.reduce((s, t) => s + t.weight, 0);
  const stats: SimStats = { sent: 0, outcomes: {}, byKind: { in: 0, out: 0 }, skipped: 0 };
  const inside: Visit[] = [];
  const inFlight = new Set<Promise<void>>();
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
      send(pick(), simulatorIdentities[Math.floor(Math.random() * simulatorIdentities.length)]!, 'in');
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

/** What was sent, as a table for the console. */
export function describeStats(stats: SimStats) {
  return Object.entries(stats.outcomes)
    .sort((a, b) => b[1] - a[1])
    .map(([outcome, n]) => ({ hasil: outcome, jumlah: n }));
}
