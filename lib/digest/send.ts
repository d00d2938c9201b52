import { and, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import { wholeDay } from '@/lib/attention/activity';
import { attention } from '@/lib/attention/attention';
import { type Attention, hasAlerts } from '@/lib/attention/rows';
import { loadActor } from '@/lib/auth/actor';
import type { Actor } from '@/lib/auth/permissions';
import { userCtx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { digestSettings, memberships, units, users } from '@/lib/db/schema';
import { id as t } from '@/lib/i18n/id';
import { log } from '@/lib/log';
import type { Mailer } from '@/lib/mail/mailer';
import { timeZoneAbbreviation, type UnitTimeZone } from '@/lib/tenancy/time-zones';
import { getUnit } from '@/lib/tenancy/units';
import { addDays, localClock, localDate } from '@/lib/time/local';
import { type DigestSection, digestMail } from './mail';
import { digestRoles } from './setting';

/** The digest goes out at 07.00 local time; an instance that was down then catches up until noon. */
export const DIGEST_HOUR = 7;
const LAST_HOUR = 11;
/** Flagged child units listed per section; the rest are counted. */
const MAX_ROWS = 15;

type Recipient = {
  id: number;
  email: string;
  name: string;
  lastDay: string | null;
  timeZone: string;
};

/**
 * Officials and admins who keep the digest on and have not had yesterday's, where it is now
 * past 07.00 (in the zone of their topmost unit).
 */
async function dueRecipients(db: Db, now: Date): Promise<Recipient[]> {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      lastDay: digestSettings.lastDay,
      timeZone: units.timeZone,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(units, eq(units.id, memberships.unitId))
    .leftJoin(digestSettings, eq(digestSettings.userId, users.id))
    .where(
      and(
        inArray(memberships.role, [...digestRoles]),
        or(isNull(digestSettings.enabled), eq(digestSettings.enabled, true)),
      ),
    )
    .orderBy(users.id, units.depth);
  const first = new Map<number, Recipient>();
  for (const r of rows) if (!first.has(r.id)) first.set(r.id, r);
  return [...first.values()].filter((r) => {
    const { hour } = localClock(now, r.timeZone);
    const yesterday = addDays(localDate(now, r.timeZone), -1);
    return (
      hour >= DIGEST_HOUR && hour <= LAST_HOUR && (r.lastDay === null || r.lastDay < yesterday)
    );
  });
}

/** Marks the day as this user's, unless another run got there first: a retried run sends nobody twice. */
async function claim(db: Db, r: Recipient, day: string): Promise<boolean> {
  const taken = await db
    .insert(digestSettings)
    .values({ userId: r.id, lastDay: day })
    .onConflictDoUpdate({
      target: digestSettings.userId,
      set: { lastDay: day },
      where: or(isNull(digestSettings.lastDay), lt(digestSettings.lastDay, day)),
    })
    .returning({ userId: digestSettings.userId });
  return taken.length > 0;
}

const release = (db: Db, r: Recipient, day: string) =>
  db
    .update(digestSettings)
    .set({ lastDay: r.lastDay })
    .where(and(eq(digestSettings.userId, r.id), eq(digestSettings.lastDay, day)));

/**
 * The units a user answers for as official or admin, each once: a unit inside another of theirs
 * is already in that one's subtree.
 */
function digestUnits(actor: Actor) {
  const held = actor.memberships.filter((m) => digestRoles.includes(m.role));
  return held.filter(
    (m) => !held.some((o) => o.unitPath !== m.unitPath && m.unitPath.startsWith(o.unitPath)),
  );
}

/** Each unit's day judged once per run, however many of its officials and admins read it. */
type Judged = Map<string, Promise<Attention>>;

/** One section per unit: yesterday judged whole, from the same rules as the dashboard. */
async function sections(
  db: Db,
  actor: Actor,
  day: string,
  judgedAlready: Judged,
): Promise<DigestSection[]> {
  const out: DigestSection[] = [];
  for (const m of digestUnits(actor)) {
    // The role is checked again here, as a wrapper would: the digest shows only what its reader may see.
    const ctx = userCtx(db, actor, 'unit.view', await getUnit(db, m.unitId));
    const key = `${ctx.unit.id}:${day}`;
    if (!judgedAlready.has(key))
      judgedAlready.set(key, attention(ctx, wholeDay(day, ctx.unit.timeZone)));
    const judged = await judgedAlready.get(key)!;
    const flagged = judged.rows.filter((r) => r.flags.length > 0);
    out.push({
      unit: { id: ctx.unit.id, name: ctx.unit.name, kind: ctx.unit.kind },
      rows: flagged.slice(0, MAX_ROWS),
      flagged: flagged.length,
      alerts: judged.alerts,
    });
  }
  return out;
}

/**
 * Sends each due official and admin yesterday's laggards of their units, one mail per user,
 * none when nothing needed attention. Returns the mails sent. A failed send is given back to
 * the next run; the others go out, then the run fails so that it is retried and recorded.
 */
export async function sendDigests(
  db: Db,
  mailer: Mailer | null,
  { now = new Date(), signal }: { now?: Date; signal?: AbortSignal } = {},
): Promise<number> {
  if (!mailer) {
    log.info('digest: mail is off (SMTP_URL is unset): nothing sent');
    return 0;
  }
  let sent = 0;
  const judged: Judged = new Map();
  const failures: unknown[] = [];
  for (const r of await dueRecipients(db, now)) {
    if (signal?.aborted) break; // the instance is stopping: the rest go out on the next run
    const day = addDays(localDate(now, r.timeZone), -1);
    const actor = await loadActor(db, r.id);
    if (!actor || !(await claim(db, r, day))) continue;
    try {
      const all = await sections(db, actor, day, judged);
      if (!all.some((s) => s.rows.length || hasAlerts(s.alerts))) continue;
      const zone = timeZoneAbbreviation[r.timeZone as UnitTimeZone] ?? r.timeZone;
      await mailer.send(digestMail({ to: r, day, zone, sections: all, t }));
      sent++;
    } catch (error) {
      failures.push(error);
      log.error({ err: error, userId: r.id }, 'digest: not sent; the next run tries again');
      await release(db, r, day);
    }
  }
  if (failures.length)
    throw new Error(`digest: ${failures.length} not sent`, { cause: failures[0] });
  return sent;
}
