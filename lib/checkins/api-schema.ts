import { z } from 'zod';
import { statuses } from '@/lib/services/vocabulary';
import { checkinKinds, refusalReasons } from './vocabulary';

/**
 * The scanner API's bodies, as the route validates them and as lib/checkins/openapi.ts
 * describes them: one definition for both, so the document cannot drift from the code.
 * `.meta({ id })` names the component the document refers to.
 */

export const MAX_BATCH = 1000;
// Postgres integer columns: a larger id is simply unknown, not a server error.
const dbId = z.number().int().positive().max(2_147_483_647);

export const apiCheckin = z
  .object({
    // Printable ASCII: a NUL or lone surrogate would fail the whole batch it is written with.
    idempotency_key: z
      .string()
      .regex(/^[\x21-\x7e]{1,100}$/, '1 sampai 100 karakter ASCII tanpa spasi.')
      .meta({
        description:
          'Unique per check-in for this API key, e.g. a UUID (printable ASCII, no spaces). Reused with a different check-in: 409.',
      }),
    identity: z
      .string()
      .min(1)
      .max(40)
      .meta({
        description: "The visitor's NIK or mobile number as typed or scanned.",
        examples: ['3216081505900001', '081234567890'],
      }),
    kind: z.enum(checkinKinds).default('in'),
    poster: z
      .string()
      .max(64)
      .optional()
      .meta({ description: 'The token of the poster scanned (the last part of its URL).' }),
    unit_id: dbId
      .optional()
      .meta({ description: "Without a poster: the unit (the key's own or one below it)." }),
    service_id: dbId.optional().meta({ description: 'Without a poster: a service of that unit.' }),
    occurred_at: z.iso
      .datetime({ offset: true })
      .optional()
      .meta({
        description: 'When it happened, for a kiosk that was offline (within the last 7 days).',
      }),
  })
  .strict()
  .meta({ id: 'Checkin' });

export type ApiCheckin = z.infer<typeof apiCheckin>;

/** A kiosk's backlog. The route checks each item against `apiCheckin` on its own. */
export const apiBatch = z
  .object({ checkins: z.array(apiCheckin).min(1).max(MAX_BATCH) })
  .meta({ id: 'CheckinBatch' });

export const apiResult = z
  .object({
    ok: z.literal(true),
    created: z
      .boolean()
      .meta({ description: 'false: this idempotency key was already recorded; its first answer.' }),
    id: z.number().int(),
    status: z
      .enum(statuses)
      .meta({
        description: 'tidak_tercatat: the registry does not know this identity (never a colour).',
      }),
    admitted: z.boolean(),
    reason: z.enum(refusalReasons).nullable().meta({
      description:
        'Why a check-in was refused: its status under the policy in force, not recorded, the service closed or full today, or paused; null when admitted.',
    }),
    queue_number: z.string().nullable().meta({
      description:
        "The visitor's queue number (A-001) when the check-in was admitted at a service that issues them; null otherwise.",
    }),
  })
  .meta({ id: 'Result' });

const errorBody = z.object({
  code: z.string(),
  message: z.string().meta({ description: 'A sentence in Bahasa Indonesia.' }),
  fields: z.record(z.string(), z.string()).optional(),
});

export const apiError = z.object({ error: errorBody }).meta({ id: 'Error' });

export const apiItemError = z
  .object({ ok: z.literal(false), error: errorBody.extend({ status: z.number().int() }) })
  .meta({ id: 'ItemError' });

/** One check-in's answer, typed by the schemas that document it. */
export type ApiItemAnswer = z.input<typeof apiResult> | z.input<typeof apiItemError>;

export const apiBatchResults = z
  .object({ results: z.array(z.union([apiResult, apiItemError])) })
  .meta({ id: 'BatchResults' });
