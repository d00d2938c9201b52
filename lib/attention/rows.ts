import type { UnitKind } from '@/lib/tenancy/vocabulary';
import type { Flag } from './rules';

/**
 * What needs attention below a unit, as the dashboard, its live stream and the digest carry it:
 * plain data (no database types), so the browser takes it as it is.
 */

/** A child unit, judged on a day: its flags, today beside last week, and its last SPARK_DAYS days. */
export type AttentionRow = {
  id: number;
  name: string;
  kind: UnitKind;
  code: string | null;
  /** Check-ins today (admitted or not) up to the moment judged. */
  today: number;
  todayAdmitted: number;
  /** The same weekday last week, up to the same hour. */
  lastWeek: number;
  /** Check-ins per day, oldest first, today last. */
  spark: number[];
  /** Check-ins since Monday. */
  week: number;
  activePosters: number;
  /** ISO instant, or null: never. */
  lastCheckinAt: string | null;
  /** Most serious first; empty when all is well. */
  flags: Flag[];
  score: number;
};

export type UnitRef = { id: number; name: string; kind: UnitKind };

/** The "Perlu perhatian" list of a unit: what in its subtree went wrong on the day. */
export type Alerts = {
  /** Units whose services opened a while ago without a check-in (at most MAX_LISTED). */
  silent: (UnitRef & { opensAt: string })[];
  silentCount: number;
  /** Scans refused because the service was closed, per unit (at most MAX_LISTED). */
  closedScans: (UnitRef & { n: number })[];
  /** The unit as a whole or a child whose refused share jumped against the week before. */
  refusalJumps: (UnitRef & { share: number; before: number })[];
};

export type Attention = {
  /** The local day judged. */
  day: string;
  /** A national holiday or cuti bersama: no unit is expected open, so none is silent or below its usual. */
  holiday: boolean;
  /** Rows by need of attention, most first. */
  rows: AttentionRow[];
  alerts: Alerts;
};

export const MAX_LISTED = 10;

export const change = (r: AttentionRow) => r.today - r.lastWeek;

/** Need of attention: the heaviest flags first, then the biggest drop against last week, then by name. */
export function byNeed(a: AttentionRow, b: AttentionRow): number {
  return b.score - a.score || change(a) - change(b) || a.name.localeCompare(b.name, 'id');
}

export const hasAlerts = (a: Alerts) =>
  a.silentCount + a.closedScans.length + a.refusalJumps.length > 0;
