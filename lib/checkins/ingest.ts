import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/lib/db/client';
import { checkinEvents, checkinKeys, queueTickets } from '@/lib/db/schema';
import { GroupCommit, type GroupCommitOptions, sharedWriter } from '@/lib/db/group-commit';
import { AppError } from '@/lib/errors';
import { ticketLabel } from '@/lib/queue/vocabulary';
import type { Status } from '@/lib/services/vocabulary';
import { insertBatchSql, type NewCheckin } from './ingest-sql';
import { isAdmitted, registryProvider, type StatusProvider } from './status';
import type { RefusalReason } from './vocabulary';

export type Committed = {
  id: number;
  duplicate: boolean;
  status: Status;
  admitted: boolean;
  reason: RefusalReason | null;
  /** For a repeated idempotency key: the hash of the request the key was first used with. */
  firstRequestHash?: string | null;
  /** The queue number this check-in was given, at a service that issues them. */
  ticket?: string | null;
};

/** A daily quota: admitted check-ins of the service within the local day. */
export type Quota = { unitId: number; serviceId: number; limit: number; dayStart: Date; dayEnd: Date };

/**
 * A check-in before its status is known: `status` is set only when the desk read it off a
 * certificate. `gate` refuses it whatever the status (the service paused or closed at that
 * moment); `quota` is checked against what was admitted today, in the batch's transaction.
 */
export type PendingCheckin = Omit<NewCheckin, 'status' | 'admitted' | 'reason'> & {
  status?: Status;
  admits: readonly Status[];
  gate?: 'paused' | 'closed' | null;
  quota?: Quota | null;
};

/**
 * Check-ins are written by group commit (lib/db/group-commit.ts), in (unit, key) order: two
 * instances' batches take the idempotency index's locks in the same order and cannot deadlock.
 */
export class CheckinWriter {
  private readonly batches: GroupCommit<PendingCheckin, Committed>;

  constructor(
    private readonly db: Db,
    private readonly provider: StatusProvider = registryProvider(db),
    options: GroupCommitOptions = {},
  ) {
    this.batches = new GroupCommit({ write: (rows) => this.write(rows), unavailable, what: 'check-in batch', order: writeOrder }, options);
  }

  submit(row: PendingCheckin): Promise<Committed> {
    return this.batches.submit(row);
  }

  /** Resolves once every check-in handed over so far has been written (or refused). */
  drain(): Promise<void> {
    return this.batches.drain();
  }

  /**
   * The registry's answer for each scan that brought no status, asked once per batch and before
   * any lock is taken: the embedded database has one connection, which the quota's transaction
   * below would hold while this read waited for it.
   */
  private async statuses(pending: PendingCheckin[]): Promise<Map<PendingCheckin, Status>> {
    const asks = pending.filter((p) => !p.status && p.visitorKey);
    const answers = asks.length ? await this.provider.statusAt(asks.map((p) => ({ visitorKey: p.visitorKey!, unitId: p.unitId }))) : [];
    return new Map(asks.map((p, i) => [p, answers[i]!]));
  }

  /**
   * A batch with quotas is decided and written in one transaction that holds each quota's
   * service lock (in id order: no deadlock), so concurrent batches on any instance never admit
   * more than the quota.
   */
  private async write(pending: PendingCheckin[]): Promise<Committed[]> {
    const known = await this.statuses(pending);
    const quotas = new Map(pending.flatMap((p) => (p.quota && p.kind === 'in' && !p.gate ? [[quotaKey(p.quota), p.quota]] : [])));
    if (quotas.size === 0) return this.insert(this.db, decide(pending, known, new Map()));
    return this.db.transaction(async (tx) => {
      const ids = [...new Set([...quotas.values()].map((q) => q.serviceId))].sort((a, b) => a - b);
      for (const id of ids) await tx.execute(sql`SELECT pg_advisory_xact_lock(${QUOTA_LOCK}, ${id})`);
      const used = await admittedToday(tx as unknown as Db, [...quotas.values()]);
      return this.insert(tx as unknown as Db, decide(pending, known, used));
    });
  }

  private async insert(db: Db, rows: NewCheckin[]): Promise<Committed[]> {
    const inserted = await queryRows<{ ord: number; id: string | number; queueLetter: string | null; queueNumber: number | null }>(
      db,
      insertBatchSql(rows),
    );
    const results: (Committed | undefined)[] = rows.map(() => undefined);
    for (const r of inserted) {
      const row = rows[r.ord]!;
      const ticket = r.queueLetter && r.queueNumber ? ticketLabel(r.queueLetter, r.queueNumber) : null;
      results[r.ord] = { id: Number(r.id), duplicate: false, status: row.status, admitted: row.admitted, reason: row.reason, ticket };
    }
    const missing = rows.map((row, ord) => ({ row, ord })).filter(({ ord }) => !results[ord]);
    if (missing.length > 0) {
      // Idempotency keys seen before (per API key): answer with the event stored the first time
      // (and its queue number), and the hash of its request so the caller can refuse a different body.
      const existing = await db
        .select({
          id: checkinEvents.id,
          apiKeyId: checkinKeys.apiKeyId,
          key: checkinKeys.idempotencyKey,
          status: checkinEvents.status,
          admitted: checkinEvents.admitted,
          reason: checkinEvents.reason,
          requestHash: checkinKeys.requestHash,
          letter: queueTickets.letter,
          number: queueTickets.number,
        })
        .from(checkinKeys)
        .innerJoin(checkinEvents, and(eq(checkinEvents.id, checkinKeys.eventId), eq(checkinEvents.occurredAt, checkinKeys.occurredAt)))
        .leftJoin(queueTickets, eq(queueTickets.eventId, checkinKeys.eventId))
        .where(
          and(
            inArray(checkinKeys.apiKeyId, [...new Set(missing.map((m) => m.row.apiKeyId!))]),
            inArray(checkinKeys.idempotencyKey, missing.map((m) => m.row.idempotencyKey!)),
          ),
        );
      for (const { row, ord } of missing) {
        const found = existing.find((e) => e.apiKeyId === row.apiKeyId && e.key === row.idempotencyKey);
        if (!found) throw new Error('a check-in was neither inserted nor found');
        results[ord] = {
          id: found.id,
          duplicate: true,
          status: found.status,
          admitted: found.admitted,
          reason: found.reason,
          firstRequestHash: found.requestHash,
          ticket: found.letter && found.number ? ticketLabel(found.letter, found.number) : null,
        };
      }
    }
    return results as Committed[];
  }
}

/** Status, then the door's rules in order: gate, policy, quota (counted with `used`). */
function decide(pending: PendingCheckin[], known: Map<PendingCheckin, Status>, used: Map<string, number>): NewCheckin[] {
  return pending.map((row) => {
    const { admits, gate, quota, ...p } = row;
    const status: Status = p.status ?? known.get(row) ?? 'tidak_tercatat';
    if (p.kind === 'out') return { ...p, status, admitted: isAdmitted(status, admits), reason: null };
    let reason: RefusalReason | null = gate ?? null;
    if (!reason && !isAdmitted(status, admits)) reason = status === 'tidak_tercatat' ? 'not_recorded' : 'status';
    if (!reason && quota) {
      const n = used.get(quotaKey(quota)) ?? 0;
      if (n >= quota.limit) reason = 'full';
      else used.set(quotaKey(quota), n + 1);
    }
    return { ...p, status, admitted: reason === null, reason };
  });
}

/** Any one order that every instance shares (the index's collation does not matter). */
function writeOrder(a: PendingCheckin, b: PendingCheckin): number {
  const byUnit = a.unitId - b.unitId || (a.apiKeyId ?? 0) - (b.apiKeyId ?? 0);
  if (byUnit !== 0) return byUnit;
  const [x, y] = [a.idempotencyKey ?? '', b.idempotencyKey ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
}

// The first key of the advisory locks that guard daily quotas; the second is the service id.
const QUOTA_LOCK = 7301;

const quotaKey = (q: Quota) => `${q.serviceId}@${new Date(q.dayStart).toISOString()}`;

/** Admitted check-ins of each quota's service so far in its local day, from the hourly rollup. */
async function admittedToday(db: Db, quotas: Quota[]): Promise<Map<string, number>> {
  const rows = await queryRows<Quota & { n: number }>(
    db,
    sql`SELECT q."serviceId", q."dayStart", coalesce(sum(r.n), 0)::int AS n
        FROM jsonb_to_recordset(${JSON.stringify(quotas)}::jsonb)
          AS q("unitId" int, "serviceId" int, "dayStart" timestamptz, "dayEnd" timestamptz)
        LEFT JOIN rollup_unit_hour r ON r.unit_id = q."unitId" AND r.hour >= q."dayStart" AND r.hour < q."dayEnd"
          AND r.service_id = q."serviceId" AND r.kind = 'in' AND r.admitted
        GROUP BY 1, 2`,
  );
  return new Map(rows.map((r) => [quotaKey(r), r.n]));
}

function unavailable(cause?: unknown) {
  return new AppError('unavailable', {
    message: 'Check-in sedang tidak dapat disimpan. Coba lagi dalam beberapa detik.',
    cause,
  });
}

/** One writer per database per process, so that concurrent requests share batches. */
export const checkinWriter = (db: Db): CheckinWriter => sharedWriter('checkins', db, (d) => new CheckinWriter(d));
