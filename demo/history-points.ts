import { asc, sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';
import { type EntryPolicy, entryPolicies, type OpeningHours } from '@/lib/db/schema';
import { type DayHours, hoursOn } from '@/lib/services/hours';
import { officeHours } from '@/lib/services/input';
import type { Status } from '@/lib/services/vocabulary';
import { policyAt } from '@/lib/tenancy/entry-policy';
import { pathIds } from '@/lib/tenancy/units';
import { startOfLocalDay } from '@/lib/time/local';
import type { HistoryPoint } from './history-sql';
import { unitFate, unitWeight } from './places';

const DAY = 24 * 3600_000;

/** A poster that scanned in the history, with what decides its days: hours and policies. */
export type SeedPoint = {
  poster: number;
  unit: number;
  regency: number;
  service: number | null;
  tz: string;
  /** The unit's path: its ancestors' policies apply too. */
  path: string;
  /** The service's own narrowing of the policy (null at an entrance). */
  serviceAdmits: Status[] | null;
  /** The service's hours, or at an entrance its unit's live services' (see doorHours). */
  hours: OpeningHours[];
  w: number;
  from: string;
  until: string | null;
};

/** Entrances see every visitor, a loket some. */
export const pointWeight = (unit: { kind: string; code: string | null; name: string }, entrance: boolean) =>
  unitWeight(unit) * (entrance ? 1 : 0.4);

/**
 * When people come to a poster of these hours: a service's own, or at an entrance any of its
 * unit's services' (the office's hours when it has none). The door itself gates only services.
 */
export const doorHours = (hours: OpeningHours[]): OpeningHours[] => (hours.length > 0 ? hours : [officeHours]);

/** A poster's hours as a list, from posters `p`, units `u` and its service `s` (left joined). */
export const posterHoursSql = sql`CASE WHEN s.id IS NOT NULL THEN jsonb_build_array(s.opening_hours) ELSE (
  SELECT jsonb_agg(o.opening_hours) FROM services o WHERE o.unit_id = u.id AND o.paused_at IS NULL AND o.deleted_at IS NULL
) END`;

/** Every poster that scanned in [start, end); a few units stop scanning one to two weeks before the end. */
export async function loadPoints(db: Db, start: Date, end: Date): Promise<SeedPoint[]> {
  const rows = await queryRows<{
    poster: number; unit: number; regency: number; service: number | null; tz: string; path: string; admits: Status[] | null;
    hours: OpeningHours[] | null; from: string | Date; until: string | Date | null; kind: string; code: string | null; name: string;
  }>(
    db,
    sql`SELECT p.id AS poster, p.unit_id AS unit, u.regency_id AS regency, p.service_id AS service, u.time_zone AS tz, u.path,
               to_jsonb(s.admits) AS admits,
               ${posterHoursSql} AS hours,
               p.created_at AS "from", p.revoked_at AS "until", u.kind, u.code, u.name
        FROM posters p JOIN units u ON u.id = p.unit_id LEFT JOIN services s ON s.id = p.service_id
        WHERE p.created_at < ${end.toISOString()}::timestamptz
          AND (p.revoked_at IS NULL OR p.revoked_at > ${start.toISOString()}::timestamptz)
          AND (s.id IS NULL OR (s.paused_at IS NULL AND s.deleted_at IS NULL))
        ORDER BY p.id`,
  );
  return rows.map((r) => {
    const key = r.code ?? r.name;
    const stops = unitFate(`stop${key}`) < 0.04 ? new Date(end.getTime() - (7 + Math.floor(unitFate(`when${key}`) * 7)) * DAY) : null;
    const revoked = r.until ? new Date(r.until) : null;
    const until = stops && (!revoked || stops < revoked) ? stops : revoked;
    return {
      poster: r.poster, unit: r.unit, regency: r.regency, service: r.service, tz: r.tz, path: r.path, serviceAdmits: r.admits,
      hours: doorHours(r.hours ?? []), w: pointWeight(r, r.service === null),
      from: new Date(r.from).toISOString(), until: until?.toISOString() ?? null,
    };
  });
}

/** Every entry policy of the demo: few enough to decide each point's day from memory. */
export function loadPolicies(db: Db): Promise<EntryPolicy[]> {
  return db.select().from(entryPolicies).orderBy(asc(entryPolicies.effectiveFrom), asc(entryPolicies.id));
}

/**
 * Local noons and hoursOn answers by zone, day and hours: thousands of points ask the same few
 * questions, and each answer costs several time-zone conversions.
 */
export function dayCalendar() {
  const noons = new Map<string, Date>();
  const answers = new Map<string, DayHours | null>();
  const noon = (day: string, tz: string) => {
    const key = `${tz} ${day}`;
    if (!noons.has(key)) noons.set(key, new Date(startOfLocalDay(day, tz).getTime() + DAY / 2));
    return noons.get(key)!;
  };
  return {
    noon,
    hoursOn(hours: OpeningHours, tz: string, day: string): DayHours | null {
      const key = `${tz} ${day} ${JSON.stringify(hours)}`;
      if (!answers.has(key)) answers.set(key, hoursOn(hours, tz, noon(day, tz)));
      return answers.get(key)!;
    },
  };
}

/**
 * The point on a local day: its hours that day and the outcomes the policy in force then admits
 * (policies take effect at a local midnight, so noon decides the whole day). Null when it is
 * closed all day.
 */
export function pointOn(point: SeedPoint, day: string, policies: EntryPolicy[], calendar = dayCalendar()): HistoryPoint | null {
  const open = point.hours.flatMap((h) => calendar.hoursOn(h, point.tz, day) ?? []);
  if (open.length === 0) return null;
  const { admits } = policyAt({ unitIds: pathIds(point.path), policies }, calendar.noon(day, point.tz));
  const allowed = point.serviceAdmits ? admits.filter((s) => point.serviceAdmits!.includes(s)) : admits;
  return {
    poster: point.poster, unit: point.unit, regency: point.regency, service: point.service, tz: point.tz, admits: allowed.join(','),
    w: point.w, from: point.from, until: point.until,
    // An entrance is busy while any of its services is: the earliest opening to the latest closing.
    open: open.map((h) => h.open).sort()[0]!,
    close: open.map((h) => h.close).sort().at(-1)!,
    gated: point.service !== null,
  };
}
