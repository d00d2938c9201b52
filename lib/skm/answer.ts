import { and, desc, eq, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { DoorAuthority } from '@/lib/auth/authorized-unit';
import type { Ctx } from '@/lib/context';
import type { Db } from '@/lib/db/client';
import { type CheckinEvent, checkinEvents, skmAnswered } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { parseInput, plainText } from '@/lib/validation';
import type { NewSkmAnswer } from './answers-sql';
import { skmWriter } from './writer';
import { ageBands, educations, occupations, SUGGESTION_MAX, sexes } from './vocabulary';

const score = z.enum(['1', '2', '3', '4'], { error: 'Jawab semua pertanyaan 1 sampai 9 dengan nilai 1–4.' }).transform(Number);
// An unanswered optional field arrives as '' from a select: the same as not sent.
const optional = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.enum(values, { error: 'Pilih salah satu dari daftar.' }).optional());

const answerForm = z.object({
  u1: score,
  u2: score,
  u3: score,
  u4: score,
  u5: score,
  u6: score,
  u7: score,
  u8: score,
  u9: score,
  usia: optional(ageBands),
  jk: optional(sexes),
  pendidikan: optional(educations),
  pekerjaan: optional(occupations),
  saran: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), plainText(SUGGESTION_MAX).optional()),
});

export type SkmAnswer = Omit<NewSkmAnswer, 'eventId' | 'unitId' | 'serviceId' | 'answeredAt'>;

/** The survey form's fields (u1…u9, the profile, the suggestion); 422 with per-field messages otherwise. */
export function parseAnswer(form: URLSearchParams): SkmAnswer {
  const f = parseInput(answerForm, Object.fromEntries(form));
  return {
    scores: [f.u1, f.u2, f.u3, f.u4, f.u5, f.u6, f.u7, f.u8, f.u9],
    ageBand: f.usia ?? null,
    sex: f.jk ?? null,
    education: f.pendidikan ?? null,
    occupation: f.pekerjaan ?? null,
    suggestion: f.saran || null,
  };
}

/** Only an admitted check-in at this very poster may be surveyed there. */
export function surveyable(event: CheckinEvent, posterId: number): boolean {
  return event.kind === 'in' && event.admitted && event.posterId === posterId;
}

/** The check-in a check-out closed, so the page after check-out can offer that visit's survey. */
export async function checkinOfCheckout(db: Db, out: CheckinEvent): Promise<number | null> {
  if (out.kind !== 'out' || out.posterId === null || out.visitorKey === null) return null;
  const [row] = await db
    .select({ id: checkinEvents.id })
    .from(checkinEvents)
    .where(
      and(
        eq(checkinEvents.posterId, out.posterId),
        eq(checkinEvents.visitorKey, out.visitorKey),
        eq(checkinEvents.kind, 'in'),
        eq(checkinEvents.admitted, true),
        lte(checkinEvents.occurredAt, out.occurredAt),
      ),
    )
    .orderBy(desc(checkinEvents.occurredAt))
    .limit(1);
  return row?.id ?? null;
}

export async function isAnswered(db: Db, eventId: number): Promise<boolean> {
  const [row] = await db.select().from(skmAnswered).where(eq(skmAnswered.eventId, eventId));
  return row !== undefined;
}

/**
 * Records the answer for a check-in whose receipt the caller has verified, at the poster whose
 * token authorised the visitor: refused (422) for a check-in of another poster or one that was not admitted, 409 for a second answer.
 */
export async function submitAnswer({ db, actor }: Pick<Ctx<DoorAuthority>, 'db' | 'actor'>, event: CheckinEvent, answer: SkmAnswer, now = new Date()): Promise<void> {
  if (!surveyable(event, actor.posterId)) throw new AppError('invalid', { message: 'Survei ini bukan untuk kunjungan di layanan ini.' });
  const written = await skmWriter(db).submit({
    ...answer,
    eventId: event.id,
    unitId: event.unitId,
    serviceId: event.serviceId,
    answeredAt: now,
  });
  if (!written) throw new AppError('conflict', { message: 'Survei untuk kunjungan ini sudah diisi.' });
}
