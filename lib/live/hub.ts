import { inArray } from 'drizzle-orm';
import { NOTIFY_CHANNEL } from '@/lib/checkins/ingest-sql';
import { type DbHandle, getDbHandle } from '@/lib/db/client';
import type { AuthorizedUnit } from '@/lib/auth/authorized-unit';
import type { ReadCtx } from '@/lib/context';
import { units } from '@/lib/db/schema';
import { processGlobal } from '@/lib/process-global';
import { type LiveSnapshot, liveSnapshot } from '@/lib/stats/dashboard';
import { log } from '@/lib/log';

/** What a scope reads for its streams after each change: a dashboard's snapshot, a queue display's board. */
export type LiveView<T> = { name: string; read: (ctx: ReadCtx) => Promise<T> };

const dashboardView: LiveView<LiveSnapshot> = { name: 'dashboard', read: liveSnapshot };

/** A busy hour still sends at most this often per dashboard scope. */
export const MIN_GAP_MS = 250;

type Scope = {
  key: string;
  unit: AuthorizedUnit;
  view: LiveView<unknown>;
  listeners: Set<(value: unknown) => void>;
  lastSent: number;
  timer: NodeJS.Timeout | null;
  running: boolean;
  pending: boolean;
};

/**
 * Live screens of one app instance: one database LISTEN, fanned out to every open stream.
 * Each committed batch (and each desk's queue call) NOTIFYs the ids of the units it touched;
 * every scope (a unit and view whose screens are open) with one of them in its subtree reads
 * its view once — shared by all its streams — at most every MIN_GAP_MS.
 */
export class LiveHub {
  private scopes = new Map<string, Scope>();
  // Units never move (a trigger forbids it), so a path once read stays true.
  private paths = new Map<number, string>();
  private started: Promise<() => Promise<void>> | null = null;

  constructor(private readonly handle: () => Promise<DbHandle>) {}

  /** Sends the dashboard's current snapshot at once, then after every change; call the result to stop. */
  subscribe(unit: AuthorizedUnit, listener: (snapshot: LiveSnapshot) => void): Promise<() => void> {
    return this.watch(unit, dashboardView, listener);
  }

  /** Sends the view's current value at once, then after every change; call the result to stop. */
  async watch<T>(unit: AuthorizedUnit, view: LiveView<T>, listener: (value: T) => void): Promise<() => void> {
    await this.listening();
    const { db } = await this.handle();
    const key = `${view.name}:${unit.id}`;
    let scope = this.scopes.get(key);
    if (!scope) {
      scope = { key, unit, view: view as LiveView<unknown>, listeners: new Set(), lastSent: 0, timer: null, running: false, pending: false };
      this.scopes.set(key, scope);
    }
    // Joined before the first value is read, so a change committed meanwhile is sent too.
    const deliver = listener as (value: unknown) => void;
    scope.listeners.add(deliver);
    const joined = scope;
    const leave = () => {
      joined.listeners.delete(deliver);
      if (joined.listeners.size === 0 && this.scopes.get(key) === joined) {
        if (joined.timer) clearTimeout(joined.timer);
        this.scopes.delete(key);
      }
    };
    try {
      listener(await view.read({ db, unit }));
    } catch (error) {
      leave(); // the caller gets no way to leave: do it here
      throw error;
    }
    return leave;
  }

  /** Starts the instance's LISTEN once; a start that failed is tried again by the next caller. */
  private listening() {
    this.started ??= this.start().catch((error: unknown) => {
      this.started = null;
      throw error;
    });
    return this.started;
  }

  /** Stops listening (tests, shutdown); open streams get no more updates. */
  async close() {
    const unlisten = await this.started?.catch(() => undefined);
    this.started = null;
    for (const scope of this.scopes.values()) if (scope.timer) clearTimeout(scope.timer);
    this.scopes.clear();
    await unlisten?.();
  }

  private async start() {
    const handle = await this.handle();
    return handle.listen(
      NOTIFY_CHANNEL,
      (payload) => void this.onPayload(payload).catch((e) => log.error({ err: e }, 'live: bad notification')),
      () => this.scopes.forEach((s) => this.dirty(s)),
    );
  }

  private async onPayload(payload: string) {
    const ids = JSON.parse(payload) as number[] | 'all';
    if (ids === 'all') return this.scopes.forEach((s) => this.dirty(s));
    const unknown = ids.filter((id) => !this.paths.has(id));
    if (unknown.length) {
      const { db } = await this.handle();
      const rows = await db.select({ id: units.id, path: units.path }).from(units).where(inArray(units.id, unknown));
      for (const r of rows) this.paths.set(r.id, r.path);
    }
    const touched = ids.map((id) => this.paths.get(id)).filter((p): p is string => !!p);
    for (const scope of this.scopes.values()) {
      if (touched.some((p) => p.startsWith(scope.unit.path))) this.dirty(scope);
    }
  }

  private dirty(scope: Scope) {
    if (scope.timer) return; // a flush is already due and will read the latest rollups
    if (scope.running) {
      scope.pending = true;
      return;
    }
    const wait = Math.max(0, scope.lastSent + MIN_GAP_MS - Date.now());
    scope.timer = setTimeout(() => void this.flush(scope), wait);
  }

  private async flush(scope: Scope) {
    scope.timer = null;
    scope.running = true;
    scope.pending = false;
    try {
      const { db } = await this.handle();
      const value = await scope.view.read({ db, unit: scope.unit });
      scope.lastSent = Date.now();
      for (const listener of scope.listeners) listener(value);
    } catch (error) {
      log.error({ err: error }, 'live: snapshot failed');
    } finally {
      scope.running = false;
      if (scope.pending && this.scopes.get(scope.key) === scope) this.dirty(scope);
    }
  }
}

/** The instance's hub: one LISTEN per process. */
export function liveHub(): LiveHub {
  return processGlobal('live-hub', () => new LiveHub(getDbHandle));
}
